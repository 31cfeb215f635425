import { t } from '@pies/i18n';
import { TextInput } from '../../components';

/** The labels the API's field problems are written with (error-text.ts). */
export const NEW_PASSWORD_FIELDS = {
  password: { id: 'password', label: t('accountLinks.newPassword') },
  confirm: { id: 'confirm', label: t('accountLinks.confirmPassword') },
};

/** A new password typed twice, with the policy as a hint and each field's own error. */
export function NewPasswordFields(props: {
  password: string;
  confirm: string;
  onPassword: (v: string) => void;
  onConfirm: (v: string) => void;
  error: (id: string) => string | undefined;
}) {
  return (
    <>
      <TextInput
        id="password"
        label={t('accountLinks.newPassword')}
        hint={t('accountLinks.passwordHint')}
        type="password"
        value={props.password}
        onChange={props.onPassword}
        error={props.error('password')}
        autoComplete="new-password"
        width="20"
      />
      <TextInput
        id="confirm"
        label={t('accountLinks.confirmPassword')}
        type="password"
        value={props.confirm}
        onChange={props.onConfirm}
        error={props.error('confirm')}
        autoComplete="new-password"
        width="20"
      />
    </>
  );
}

/** The typed passwords' own problems, checked before sending: blank, or not the same twice. */
export function passwordEntryProblems(password: string, confirm: string): [string, string][] {
  if (!password) return [['password', t('accountLinks.enterPassword')]];
  if (password !== confirm) return [['confirm', t('accountLinks.passwordsDiffer')]];
  return [];
}
