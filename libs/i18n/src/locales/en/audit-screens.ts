/** English: the agency's audit screens (check answers, the task list's filter, the indicator page). Part of the catalogue (../en.ts). */
export const auditScreens = {
  /** GOV.UK warning text's announcement, for screen readers. */
  warningText: { hidden: 'Warning' },
  /** Check your answers, when the API refuses to submit (AUDIT_INCOMPLETE). */
  checkAnswers: {
    stillToDo: '{{missing}} of {{total}} indicators still to do',
    stillToDoIntro: 'Open each one to answer it (saving brings you back here), then submit again.',
    needs: 'Needs {{what}}',
    orNotApplicable: ', or mark it not applicable',
  },
  /** The task list's "assigned to me" filter and mark. */
  assignedToMe: {
    tag: 'Assigned to you',
    filter: 'Only show indicators assigned to me',
  },
  /** The indicator page: the guidance column, its sources, and evidence uploads. */
  indicatorPage: {
    aboutHeading: 'About this indicator',
    guidance: 'Guidance',
    examples: 'Examples of evidence',
    sources: 'Sources',
    sourcesHint: 'Where this indicator comes from in the framework.',
    opensInNewTab: '(opens in new tab)',
    uploadLabel: 'Upload a file',
    uploadHint:
      'A PDF, Word, Excel or PowerPoint document, an image or a text file. It uploads as soon as you choose it.',
    uploading: 'Uploading {{name}}…',
    uploaded: '{{name}} uploaded',
    uploadFailed: '{{name}} was not uploaded: {{reason}}',
  },
};
