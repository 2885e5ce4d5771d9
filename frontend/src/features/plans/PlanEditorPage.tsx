import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  Loader,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { vietnameseFilter } from '../../lib/selectFilter';
import { notifySuccess, useShowError } from '../../lib/notify';
import { newUuid } from '../../lib/uuid';
import { useCurrentUser } from '../auth/useMe';
import { useMovementOptions } from '../movements/queries';
import { useSubtree } from '../org/queries';
import { unitOptions } from '../org/unitOptions';
import { PLAN_MANAGERS } from './PlansPage';
import { useCreatePlan, usePlan, useUpdatePlan, type Plan, type PlanWrite } from './queries';

interface BasisValues {
  number: string;
  date: string | null;
  issuer: string;
  title: string;
}

interface Values {
  issuingOrgUnitId: string | null;
  year: number | string;
  title: string;
  legalBases: BasisValues[];
  purposes: string;
  contents: string;
  forms: string;
  implementation: string;
  recipients: string;
  signerPrefix: string;
  signerTitle: string;
  signerName: string;
  movementIds: string[];
}

export default function PlanEditorPage() {
  const { id } = useParams();
  const me = useCurrentUser();
  const plan = usePlan(id ? Number(id) : undefined);
  const { t } = useTranslation();
  if (!PLAN_MANAGERS.includes(me.role)) return <Navigate to="/plans" replace />;
  if (id && plan.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (id && (plan.isError || !plan.data)) return <Alert color="red">{t('errors.notFound')}</Alert>;
  if (plan.data && plan.data.status !== 'DRAFT') return <Navigate to={`/plans/${plan.data.id}`} replace />;
  return <PlanEditor key={plan.data?.id ?? 'new'} plan={plan.data} />;
}

function PlanEditor({ plan }: { plan?: Plan }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const showError = useShowError();
  const [idempotencyKey] = useState(newUuid);
  const create = useCreatePlan(idempotencyKey);
  const update = useUpdatePlan();
  const units = useSubtree(me.orgUnitId, null);
  const movements = useMovementOptions();

  const form = useForm<Values>({
    initialValues: {
      issuingOrgUnitId: String(plan?.issuingOrgUnitId ?? me.orgUnitId),
      year: plan?.year ?? new Date().getFullYear(),
      title: plan?.title ?? '',
      legalBases: (plan?.legalBases ?? []).map((b) => ({
        number: b.number,
        date: b.date ?? null,
        issuer: b.issuer ?? '',
        title: b.title ?? '',
      })),
      purposes: plan?.purposes ?? '',
      contents: plan?.contents ?? '',
      forms: plan?.forms ?? '',
      implementation: plan?.implementation ?? '',
      recipients: (plan?.recipients ?? []).join('\n'),
      signerPrefix: plan?.signerPrefix ?? '',
      signerTitle: plan?.signerTitle ?? '',
      signerName: plan?.signerName ?? '',
      movementIds: (plan?.movementIds ?? []).map(String),
    },
    validate: {
      issuingOrgUnitId: (v) => (v ? null : t('validation.requiredSelect')),
      year: (v) => (v === '' || Number(v) < 1990 || Number(v) > 2200 ? t('plans.yearInvalid') : null),
      title: (v) => (v.trim() ? null : t('validation.required')),
      legalBases: { number: (v) => (v.trim() ? null : t('validation.required')) },
    },
  });

  const submit = (v: Values) => {
    const body: PlanWrite = {
      issuingOrgUnitId: Number(v.issuingOrgUnitId),
      year: Number(v.year),
      title: v.title.trim(),
      legalBases: v.legalBases.map((b) => ({
        number: b.number.trim(),
        date: b.date || null,
        issuer: b.issuer.trim() || null,
        title: b.title.trim() || null,
      })),
      purposes: v.purposes.trim() || null,
      contents: v.contents.trim() || null,
      forms: v.forms.trim() || null,
      implementation: v.implementation.trim() || null,
      recipients: v.recipients
        .split('\n')
        .map((r) => r.replace(/^\s*-\s*/, '').trim())
        .filter(Boolean),
      signerPrefix: v.signerPrefix.trim() || null,
      signerTitle: v.signerTitle.trim() || null,
      signerName: v.signerName.trim() || null,
      movementIds: v.movementIds.map(Number),
    };
    const done = {
      onSuccess: (saved: Plan) => {
        notifySuccess(t('plans.savedMsg'));
        void navigate(`/plans/${saved.id}`);
      },
      onError: (err: unknown) => showError(err, form),
    };
    if (plan) update.mutate({ plan, body }, done);
    else create.mutate(body, done);
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack maw={900}>
        <Title order={1} size="h2">
          {plan ? t('plans.editTitle') : t('plans.createTitle')}
        </Title>
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label={t('plans.issuingUnit')}
            required
            searchable
            allowDeselect={false}
            filter={vietnameseFilter}
            data={unitOptions(units.data ?? [], t)}
            nothingFoundMessage={t('org.noResults')}
            style={{ flex: '2 1 260px' }}
            {...form.getInputProps('issuingOrgUnitId')}
          />
          <NumberInput
            label={t('plans.year')}
            required
            min={1990}
            max={2200}
            thousandSeparator=""
            style={{ flex: '1 1 100px' }}
            {...form.getInputProps('year')}
          />
        </Group>
        <Textarea label={t('plans.titleLabel')} required autosize minRows={2} {...form.getInputProps('title')} />
        <Fieldset legend={t('plans.bases')}>
          <Stack>
            {form.values.legalBases.map((_, i) => (
              <Stack key={i} gap="xs" data-testid="basis-row">
                <Group align="flex-end" gap="xs" wrap="wrap">
                  <TextInput
                    label={t('plans.basisNumberLabel', { n: i + 1 })}
                    required
                    style={{ flex: '1 1 160px' }}
                    {...form.getInputProps(`legalBases.${i}.number`)}
                  />
                  <DateInput
                    label={t('plans.basisDateLabel')}
                    valueFormat="DD/MM/YYYY"
                    clearable
                    style={{ flex: '1 1 140px' }}
                    {...form.getInputProps(`legalBases.${i}.date`)}
                  />
                  <TextInput
                    label={t('plans.basisIssuerLabel')}
                    style={{ flex: '2 1 200px' }}
                    {...form.getInputProps(`legalBases.${i}.issuer`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="redCross.8"
                    size="lg"
                    aria-label={t('plans.removeBasis', { n: i + 1 })}
                    onClick={() => form.removeListItem('legalBases', i)}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
                <TextInput label={t('plans.basisTitleLabel')} {...form.getInputProps(`legalBases.${i}.title`)} />
              </Stack>
            ))}
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              style={{ alignSelf: 'flex-start' }}
              onClick={() => form.insertListItem('legalBases', { number: '', date: null, issuer: '', title: '' })}
            >
              {t('plans.addBasis')}
            </Button>
          </Stack>
        </Fieldset>
        <Textarea
          label={t('plans.sections.purposes')}
          description={t('plans.paragraphHint')}
          autosize
          minRows={3}
          {...form.getInputProps('purposes')}
        />
        <Textarea
          label={t('plans.sections.contents')}
          description={t('plans.paragraphHint')}
          autosize
          minRows={4}
          {...form.getInputProps('contents')}
        />
        <Textarea
          label={t('plans.sections.forms')}
          description={t('plans.paragraphHint')}
          autosize
          minRows={2}
          {...form.getInputProps('forms')}
        />
        <Textarea
          label={t('plans.sections.implementation')}
          description={t('plans.paragraphHint')}
          autosize
          minRows={2}
          {...form.getInputProps('implementation')}
        />
        <MultiSelect
          label={t('plans.movements')}
          searchable
          clearable
          filter={vietnameseFilter}
          data={(movements.data ?? []).map((m) => ({ value: String(m.id), label: m.name }))}
          nothingFoundMessage={t('movements.empty')}
          {...form.getInputProps('movementIds')}
        />
        <Textarea
          label={t('plans.recipients')}
          description={t('plans.recipientsHint')}
          autosize
          minRows={3}
          {...form.getInputProps('recipients')}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('plans.signerPrefix')}
            description={t('plans.signerPrefixHint')}
            {...form.getInputProps('signerPrefix')}
          />
          <TextInput label={t('plans.signerTitle')} {...form.getInputProps('signerTitle')} />
          <TextInput label={t('plans.signerName')} {...form.getInputProps('signerName')} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void navigate(plan ? `/plans/${plan.id}` : '/plans')}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('plans.saveDraft')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
