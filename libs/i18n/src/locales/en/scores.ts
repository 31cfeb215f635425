/** "How scores work": the scoring rules of libs/scoring, in words (keep them in step). */
export const scores = {
  /** A RAG band in words, wherever a colour is shown: colour is never the only cue. */
  rag: { red: 'Red', amber: 'Amber', green: 'Green', none: 'Not scored' },
  howScoresWork: {
    title: 'How scores work',
    link: 'How scores work',
    caption: 'Audit cycle {{cycle}}: {{framework}}, version {{version}}',
    intro:
      'Every score is worked out from the answers by the same rules, on every page, report and download.',
    levelsHeading: 'Levels and points',
    levels:
      'Each indicator is answered with a level. An answered indicator scores the points of its level, out of 100:',
    levelCaption: 'Levels of the scale',
    level: 'Level',
    label: 'Description',
    points: 'Points out of 100',
    band: 'Colour',
    areasHeading: 'Area and overall scores',
    areas:
      "An area's score is the weighted mean of the points of its answered indicators (each indicator's weight, 1 unless the framework gives another). The overall score is the weighted mean of the scores of the areas that have one (each area's weight).",
    notApplicable:
      'Indicators marked not applicable, and indicators not answered, are left out of every mean: they never count as zero. An area with no answered indicator has no score.',
    benchmarkHeading: 'The benchmark',
    benchmark:
      'Each indicator has a benchmark level: an answer at or above it meets the benchmark. Unless the framework sets another for an indicator, the benchmark is level {{level}} ({{label}}).',
    areaBenchmark:
      "An area's benchmark, on the dashboard and in reports, is the score the area would have with every indicator answered exactly at its benchmark level.",
    belowBenchmark:
      'The share below the benchmark is the share of the agencies that answered an indicator whose answer is below its benchmark level. The weakest and strongest indicators are ranked by it.',
    bandsHeading: 'Red, amber and green',
    bands:
      'A score is given the colour of the highest band it reaches. The colour is always written next to it, so colour is never the only cue.',
    bandCaption: 'Bands',
    from: 'From',
    bandRange: '{{min}} to under {{next}}',
    bandTop: '{{min}} and above',
    rounding:
      'Scores are shown to one decimal place, and a score is banded as it is shown: a score shown as {{min}}.0 is {{band}}.',
    boardHeading: "The board's figures",
    board:
      "The dashboard and the board's reports count audits the board has received (submitted, returned or accepted), never drafts. A partnership average gives each agency's audit one vote.",
  },
} as const;
