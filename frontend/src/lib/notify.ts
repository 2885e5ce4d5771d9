import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import { ApiError, describeError, problemFieldErrors } from './errors';
import i18n from './i18n';

const closeButtonProps = () => ({ 'aria-label': i18n.t('common.close') });

interface FormLike {
  values: object;
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * The one way the UI reports a failed call: title/detail in a notification, and the problem's `errors`
 * on the form's fields when a form is given.
 */
export function useShowError() {
  const { t } = useTranslation();
  return useCallback(
    (err: unknown, form?: FormLike) => {
      if (form && err instanceof ApiError) {
        const fields = problemFieldErrors(err.problem, Object.keys(form.values));
        if (Object.keys(fields).length) form.setErrors(fields);
      }
      const { title, message } = describeError(err, t);
      notifications.show({ color: 'red', title, message, autoClose: 8000, closeButtonProps: closeButtonProps() });
    },
    [t],
  );
}

export function notifySuccess(message: string) {
  notifications.show({ color: 'teal.9', message, autoClose: 4000, closeButtonProps: closeButtonProps() });
}
