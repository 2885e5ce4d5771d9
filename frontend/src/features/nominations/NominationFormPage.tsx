import { useEffect } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Textarea,
  TextInput,
  Title,
  Input,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { vietnameseFilter } from '../../lib/selectFilter';
import { notifySuccess, useShowError } from '../../lib/notify';
import { useCurrentUser } from '../auth/useMe';
import { useSubtree } from '../org/queries';
import { unitOptions } from '../org/unitOptions';
import { CATEGORIES, useNomination, useSaveNomination, type Nomination } from './queries';
import { toValues, toWrite, type Values } from './formValues';
import './i18n';

/** Create (/nominations/new) or edit (/nominations/:id/edit); one column, big inputs: fillable on a phone. */
export default function NominationFormPage() {
  const { id } = useParams();
  const existing = useNomination(id ? Number(id) : 0);
  if (id && existing.isPending) return <Loader aria-label="…" />;
  if (id && existing.isError) return <Alert color="red">{String(existing.error)}</Alert>;
  return <NominationForm nomination={id ? existing.data : undefined} />;
}

function NominationForm({ nomination }: { nomination?: Nomination }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const showError = useShowError();
  const save = useSaveNomination();
  const units = useSubtree(me.orgUnitId, null);
  const movements = useQuery({
    queryKey: ['movements', 'options'],
    queryFn: () => unwrap(api.GET('/api/v1/movements', { params: { query: { size: 100, sort: 'startDate,desc' } } })),
    staleTime: 5 * 60_000,
  });
  const form = useForm<Values>({
    initialValues: toValues(nomination, me.orgUnitId),
    validate: {
      nomineeName: (v) => (v.trim() ? null : t('validation.required')),
      title: (v) => (v.trim() ? null : t('validation.required')),
      achievements: (v) => (v.trim() ? null : t('validation.required')),
      orgUnitId: (v) => (v ? null : t('validation.requiredSelect')),
      memberCount: (v, all) => (all.nomineeType === 'COLLECTIVE' && v === '' ? t('validation.required') : null),
    },
  });
  useEffect(() => {
    if (nomination) form.setValues(toValues(nomination, me.orgUnitId));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nomination?.version]);

  const individual = form.values.nomineeType === 'INDIVIDUAL';
  const submit = form.onSubmit((values) => {
    save.mutate(
      { id: nomination?.id, version: nomination?.version, body: toWrite(values) },
      {
        onSuccess: (saved) => {
          notifySuccess(t(nomination ? 'nominations.saved' : 'nominations.created'));
          void navigate(`/nominations/${saved.id}`);
        },
        onError: (e) => showError(e, form),
      },
    );
  });

  return (
    <Stack maw={720}>
      <Title order={1} size="h2">
        {t(nomination ? 'nominations.editTitle' : 'nominations.createTitle')}
      </Title>
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('nominations.category')}
            required
            data={CATEGORIES.map((c) => ({ value: c, label: t(`nominations.categories.${c}`) }))}
            allowDeselect={false}
            {...form.getInputProps('category')}
          />
          <Input.Wrapper label={t('nominations.nomineeType')} id="nomineeType-label">
            <SegmentedControl
              fullWidth
              aria-labelledby="nomineeType-label"
              data={[
                { value: 'INDIVIDUAL', label: t('nominations.types.INDIVIDUAL') },
                { value: 'COLLECTIVE', label: t('nominations.types.COLLECTIVE') },
              ]}
              {...form.getInputProps('nomineeType')}
            />
          </Input.Wrapper>
          <TextInput
            label={t('nominations.nomineeName')}
            required
            maxLength={200}
            {...form.getInputProps('nomineeName')}
          />
          {individual ? (
            <Group grow align="flex-start">
              <Select
                label={t('nominations.gender')}
                clearable
                data={(['MALE', 'FEMALE', 'OTHER'] as const).map((g) => ({
                  value: g,
                  label: t(`nominations.genders.${g}`),
                }))}
                {...form.getInputProps('gender')}
              />
              <NumberInput
                label={t('nominations.birthYear')}
                min={1900}
                max={2100}
                allowDecimal={false}
                {...form.getInputProps('birthYear')}
              />
            </Group>
          ) : (
            <NumberInput
              label={t('nominations.memberCount')}
              required
              min={1}
              allowDecimal={false}
              {...form.getInputProps('memberCount')}
            />
          )}
          <TextInput label={t('nominations.position')} maxLength={200} {...form.getInputProps('position')} />
          <TextInput label={t('nominations.workplace')} maxLength={300} {...form.getInputProps('workplace')} />
          <TextInput label={t('nominations.contact')} maxLength={200} {...form.getInputProps('contact')} />
          <Select
            label={t('nominations.unit')}
            required
            searchable
            filter={vietnameseFilter}
            data={unitOptions(units.data ?? [], t)}
            {...form.getInputProps('orgUnitId')}
          />
          <TextInput label={t('nominations.field')} maxLength={200} {...form.getInputProps('field')} />
          <Select
            label={t('nominations.movementId')}
            clearable
            searchable
            filter={vietnameseFilter}
            data={(movements.data?.items ?? []).map((mv) => ({ value: String(mv.id), label: mv.name }))}
            value={form.values.movementId === '' ? null : String(form.values.movementId)}
            onChange={(v) => form.setFieldValue('movementId', v ? Number(v) : '')}
            error={form.errors.movementId}
          />
          <TextInput label={t('nominations.titleField')} required maxLength={300} {...form.getInputProps('title')} />
          <Textarea
            label={t('nominations.achievements')}
            required
            autosize
            minRows={5}
            maxLength={20000}
            {...form.getInputProps('achievements')}
          />
          <Checkbox
            label={t('nominations.publicConsent')}
            {...form.getInputProps('publicConsent', { type: 'checkbox' })}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('nominations.save')}
            </Button>
            <Button
              variant="default"
              component={Link}
              to={nomination ? `/nominations/${nomination.id}` : '/nominations'}
            >
              {t('nominations.cancel')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
