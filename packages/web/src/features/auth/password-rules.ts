import type { FormRule } from 'antd';
import type { MessageKey } from '../../i18n/zh';

/** Mirrors the server's policy (domain `checkPasswordPolicy`), so most mistakes show before sending. */
export function passwordProblem(password: string, username: string): MessageKey | null {
  if (password.length < 10) return 'cp.tooShort';
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) return 'cp.lettersDigits';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'cp.containsUsername';
  return null;
}

export function newPasswordRules(t: (key: MessageKey) => string, username: string): FormRule[] {
  return [
    { required: true, message: t('common.required') },
    {
      validator: async (_rule, value: unknown) => {
        const problem = typeof value === 'string' && value ? passwordProblem(value, username) : null;
        if (problem) throw new Error(t(problem));
      },
    },
  ];
}
