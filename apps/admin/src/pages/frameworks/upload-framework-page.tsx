import { ApiError, type FieldProblem, unwrap } from '@pies/api-client';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useMe } from '../../auth/session';
import { BackLink, Button, ButtonGroup, ErrorSummary, PageLayout, Table } from '../../components';
import { ErrorMessage, Hint } from '../../components/field';
import { errorText } from '../../errors/error-text';
import { fieldErrors, useApiForm } from '../../forms/use-api-form';
import { ForbiddenPage } from '../error-pages';
import { withFlash } from '../flash';
import { canImportFrameworks, versionPath } from './framework-access';
import { messageInWords, pathInWords } from './problem-text';

/** A problem the framework loader found, with its line in the file when the API knows it. */
interface FileProblem {
  line?: number;
  field: string;
  /** The loader's own words: a FRAMEWORK_INVALID problem's code is `frameworkRule`, its message the rule. */
  problem: string;
}

/** The loader's problems: `details` is `[{ field, problems, line? }]`, `field` '' for the whole file. */
function fileProblems(error: ApiError): FileProblem[] {
  if (error.code !== 'FRAMEWORK_INVALID') return [];
  return error.fieldProblems.flatMap((p: FieldProblem & { line?: unknown }) =>
    p.problems.map((problem) => ({
      field: p.field,
      problem: problem.message,
      ...(typeof p.line === 'number' ? { line: p.line } : {}),
    })),
  );
}

/** "Line 118: area 1, standard 1, indicator 1, benchmark: must be one of 1, 2, 3, 4" */
const describe = (p: FileProblem) =>
  `${p.line ? `Line ${p.line}: ` : ''}${p.field ? `${pathInWords(p.field)}: ` : ''}${messageInWords(p.problem)}`;

/** Import a framework version from a YAML file: the loader's problems, or the new version. */
export function UploadFrameworkPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<{ fileName: string; list: FileProblem[] } | null>(null);
  const form = useApiForm(
    { yaml: { id: 'file', label: 'Framework file', message: () => 'Select a framework file' } },
    {
      explain: (e) => {
        if (e.code === 'PAYLOAD_TOO_LARGE')
          return fieldErrors([['file', 'The selected file is too large to be a framework file']]);
        if (e.code === 'FRAMEWORK_VERSION_PUBLISHED') return fieldErrors([['file', errorText(e)]]);
        const list = fileProblems(e);
        if (list.length === 0) return undefined;
        return {
          summary: list.map((p) => ({ href: 'file', text: describe(p) })),
          byId: {
            file: `${file?.name ?? 'The file'} has ${list.length === 1 ? 'a problem' : `${list.length} problems`}: fix ${list.length === 1 ? 'it' : 'them'} and upload the file again`,
          },
        };
      },
    },
  );
  if (!canImportFrameworks(me)) return <ForbiddenPage />;
  const fileError = form.error('file');

  return (
    <PageLayout
      title="Import a framework version"
      hasError={form.hasErrors}
      width="full"
      backLink={<BackLink to="/frameworks">Audit frameworks</BackLink>}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <ErrorSummary
            errors={form.errors.summary}
            description={
              problems && problems.list.length > 0
                ? `The framework loader found ${problems.list.length === 1 ? 'a problem' : `${problems.list.length} problems`} in ${problems.fileName}. Nothing has been imported.`
                : undefined
            }
          />
          <h1 className="govuk-heading-l">Import a framework version</h1>
          <p className="govuk-body">
            A framework file is YAML: its id and version, the rating scale, the scoring rule and the
            PIES areas with their standards and indicators. The file is checked in full before
            anything is stored, and a version that has been imported never changes.
          </p>
          <form
            noValidate
            onSubmit={(e) =>
              void form.submit(e, async () => {
                setProblems(null);
                const yaml = file ? await file.text() : '';
                try {
                  const result = await unwrap(api.POST('/api/frameworks', { body: { yaml } }));
                  navigate(
                    versionPath(result.frameworkId, result.version),
                    withFlash({
                      heading: result.created
                        ? `Version ${result.version} of ${result.title} has been imported`
                        : `Version ${result.version} of ${result.title} was already imported with exactly this content: nothing has changed`,
                    }),
                  );
                } catch (error) {
                  if (error instanceof ApiError && error.code === 'FRAMEWORK_INVALID')
                    setProblems({ fileName: file?.name ?? 'the file', list: fileProblems(error) });
                  throw error;
                }
              })
            }
          >
            <div className={`govuk-form-group${fileError ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label govuk-label--s" htmlFor="file">
                Framework file
              </label>
              <Hint id="file-hint">
                A .yaml file, like the PIES framework in templates/frameworks. To change a
                framework, give the file a new version number.
              </Hint>
              {fileError && <ErrorMessage id="file-error">{fileError}</ErrorMessage>}
              <input
                className={`govuk-file-upload${fileError ? ' govuk-file-upload--error' : ''}`}
                id="file"
                name="file"
                type="file"
                accept=".yaml,.yml,application/yaml,text/yaml"
                aria-describedby={`file-hint${fileError ? ' file-error' : ''}`}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </div>
            <ButtonGroup>
              <Button>Import</Button>
              <Link className="govuk-link" to="/frameworks">
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
      {problems && problems.list.length > 0 && (
        <Table
          className="govuk-table--small-text-until-tablet"
          caption={`Problems in ${problems.fileName}`}
          rows={problems.list.map((p, i) => ({ ...p, key: String(i) }))}
          rowKey={(p) => p.key}
          columns={[
            {
              key: 'line',
              header: 'Line',
              cell: (p) => p.line ?? <span className="govuk-visually-hidden">Not known</span>,
            },
            {
              key: 'where',
              header: 'Where',
              cell: (p) =>
                p.field ? (
                  <>
                    {pathInWords(p.field)}
                    <code className="app-cell-secondary app-break-words">{p.field}</code>
                  </>
                ) : (
                  <span className="app-secondary-text">Whole file</span>
                ),
            },
            { key: 'problem', header: 'Problem', cell: (p) => messageInWords(p.problem) },
          ]}
        />
      )}
    </PageLayout>
  );
}
