import type { FrameworkDefinition, Indicator } from './types';

/** An indicator with the codes of the area and standard it sits in. */
export interface LocatedIndicator extends Indicator {
  areaCode: string;
  standardCode: string;
}

/** Every indicator in framework order (areas, then standards, then indicators). */
export function allIndicators(framework: FrameworkDefinition): LocatedIndicator[] {
  return framework.areas.flatMap((area) =>
    area.standards.flatMap((standard) =>
      standard.indicators.map((indicator) => ({
        ...indicator,
        areaCode: area.code,
        standardCode: standard.code,
      })),
    ),
  );
}

/** The indicator with this code, or undefined. */
export function findIndicator(
  framework: FrameworkDefinition,
  code: string,
): LocatedIndicator | undefined {
  for (const area of framework.areas) {
    for (const standard of area.standards) {
      const indicator = standard.indicators.find((candidate) => candidate.code === code);
      if (indicator) return { ...indicator, areaCode: area.code, standardCode: standard.code };
    }
  }
  return undefined;
}
