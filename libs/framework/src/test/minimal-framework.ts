/** A small valid framework document for tests: two areas, two standards, three indicators. */
export const MINIMAL_FRAMEWORK_YAML = `
id: test-framework
title: Test framework
version: '1.0'
publisher: Tests
description: A framework small enough to reason about.
scale:
  allowNotApplicable: true
  benchmark: 3
  levels:
    - { value: 1, label: Not in place, description: Nothing yet., score: 0, rag: red }
    - { value: 2, label: Developing, description: Partly there., score: 40, rag: amber }
    - { value: 3, label: Established, description: In place., score: 75, rag: green }
    - { value: 4, label: Embedded, description: Reviewed and improving., score: 100, rag: green }
scoring:
  method: weighted-mean
  bands:
    - { rag: red, min: 0 }
    - { rag: amber, min: 40 }
    - { rag: green, min: 75 }
areas:
  - code: P
    title: Policies
    description: Policies and practices.
    standards:
      - code: P1
        title: Policy
        description: A policy exists.
        indicators:
          - code: P1.1
            statement: There is a policy.
            guidance: Write one.
            descriptors: { 1: None., 2: Draft., 3: Approved., 4: Reviewed. }
            evidenceExamples: [The policy]
            improvementActions: [Write the policy]
            references:
              - source: Keeping children safe in education
                locator: Annex B
                url: https://www.gov.uk/government/publications/keeping-children-safe-in-education--2
          - code: P1.2
            statement: Staff know the policy.
            guidance: Train them.
            descriptors: { 1: No., 2: Some., 3: Most., 4: All. }
            evidenceExamples: [Training records]
            benchmark: 2
            weight: 2
            allowNotApplicable: false
            improvementActions: [Brief staff]
            references:
              - source: Working together to safeguard children
  - code: I
    title: Infrastructure
    description: Infrastructure and technology.
    weight: 2
    standards:
      - code: I1
        title: Filtering
        description: Filtering is in place.
        indicators:
          - code: I1.1
            statement: Filtering blocks harmful content.
            guidance: Check it.
            descriptors: { 1: None., 2: Basic., 3: Good., 4: Tested. }
            evidenceExamples: [Filtering report]
            improvementActions: [Test the filter]
            references:
              - source: Filtering and monitoring standards
`;
