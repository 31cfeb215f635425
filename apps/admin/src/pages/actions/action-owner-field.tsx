import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';

/** The choice in the owner list that stands for someone without an account. */
export const NAMED_OWNER = 'named';

/** Who owns an action as the form holds it: a person's id, `named` with a name, or nothing yet. */
export interface OwnerChoice {
  choice: string;
  name: string;
}

export const ownerChoiceOf = (action?: { ownerId?: string | null; owner: string }): OwnerChoice =>
  action
    ? action.ownerId
      ? { choice: action.ownerId, name: '' }
      : { choice: NAMED_OWNER, name: action.owner }
    : { choice: '', name: '' };

/** The request's owner fields: exactly one of `ownerId` and `owner` (none when nothing is chosen). */
export const ownerBody = (o: OwnerChoice): { ownerId?: string; owner?: string } =>
  o.choice === NAMED_OWNER ? { owner: o.name } : o.choice ? { ownerId: o.choice } : {};

/**
 * Who owns an action: a person of the audit's organisation, chosen from its members, or the
 * name or role of someone without an account, typed in.
 */
export function ActionOwnerField({
  auditId,
  ids,
  value,
  current,
  onChange,
  errors,
}: {
  auditId: string;
  ids: { ownerId: string; owner: string };
  value: OwnerChoice;
  /** The action's owner now, listed even if no longer a member. */
  current?: { ownerId?: string | null; owner: string };
  onChange: (value: OwnerChoice) => void;
  errors: { ownerId?: string; owner?: string };
}) {
  const members = useApiData(`action-owners:${auditId}`, async () => {
    const audit = await unwrap(api.GET('/api/audits/{auditId}', { params: { path: { auditId } } }));
    return unwrap(
      api.GET('/api/organisations/{organisationId}/members', {
        params: { path: { organisationId: audit.organisation.id } },
      }),
    );
  });
  const people = (members.data ?? []).map((m) => ({ value: m.id, label: m.name }));
  if (current?.ownerId && !people.some((p) => p.value === current.ownerId))
    people.unshift({ value: current.ownerId, label: current.owner });
  return (
    <>
      <Select
        id={ids.ownerId}
        label={t('liveActions.owner.label')}
        hint={members.error ? t('liveActions.owner.membersFailed') : t('liveActions.owner.hint')}
        options={[
          { value: '', label: t('liveActions.owner.choose') },
          ...people,
          { value: NAMED_OWNER, label: t('liveActions.owner.named') },
        ]}
        value={value.choice}
        onChange={(choice) => onChange({ ...value, choice })}
        error={errors.ownerId}
      />
      {value.choice === NAMED_OWNER && (
        <TextInput
          id={ids.owner}
          label={t('liveActions.owner.nameLabel')}
          hint={t('liveActions.owner.nameHint')}
          value={value.name}
          onChange={(name) => onChange({ ...value, name })}
          error={errors.owner}
          width="20"
          autoComplete="off"
        />
      )}
    </>
  );
}
