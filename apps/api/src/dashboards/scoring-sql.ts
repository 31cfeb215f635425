import type { FrameworkDefinition } from '@pies/framework';

/**
 * The scoring rule of libs/scoring, as set-based SQL over many audits at once: an area's score
 * is the weighted mean of its answered, applicable indicators' level scores; the overall score
 * the weighted mean of the areas that have one. Not-applicable and unanswered never count.
 *
 * `scoringParams` turns the framework's scale and weights into query parameters; the CTEs
 * expect: $1 framework version id, $2 level values, $3 level scores, $4 area codes,
 * $5 area weights, and a `counted(id)` CTE of the audits to score.
 */
export function scoringParams(f: FrameworkDefinition): [number[], number[], string[], number[]] {
  return [
    f.scale.levels.map((l) => l.value),
    f.scale.levels.map((l) => l.score),
    f.areas.map((a) => a.code),
    f.areas.map((a) => a.weight),
  ];
}

export const SCORE_CTES = `
  level_scores(level, score) AS (SELECT * FROM unnest($2::int[], $3::float8[])),
  area_weights(area_code, weight) AS (SELECT * FROM unnest($4::text[], $5::float8[])),
  area_scores AS (
    SELECT r.audit_id, fi.area_code, sum(ls.score * fi.weight) / sum(fi.weight) AS score
      FROM counted c
      JOIN responses r ON r.audit_id = c.id AND r.level IS NOT NULL AND NOT r.not_applicable
      JOIN framework_indicators fi ON fi.framework_version_id = $1 AND fi.code = r.indicator_code
      JOIN level_scores ls ON ls.level = r.level
     GROUP BY r.audit_id, fi.area_code),
  overall_scores AS (
    SELECT s.audit_id, sum(s.score * w.weight) / sum(w.weight) AS score
      FROM area_scores s JOIN area_weights w USING (area_code)
     GROUP BY s.audit_id)`;
