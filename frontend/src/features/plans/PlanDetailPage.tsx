import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  List,
  Loader,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconArrowLeft, IconPencil, IconSignature } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, todayIso } from '../../lib/format';
import { notifySuccess, useShowError } from '../../lib/notify';
import { useCurrentUser } from '../auth/useMe';
import { PLAN_MANAGERS } from './PlansPage';
import { paragraphs, useIssuePlan, usePlan, type LegalBasis, type Plan } from './queries';

/** "ngày 15 tháng 03 năm 2021", the way a Decree 30 document writes its date. */
export function longDate(iso: string, t: (k: string, o?: Record<string, unknown>) => string): string {
  const [y, m, d] = iso.split('-');
  return t('plans.longDate', { d, m, y });
}

function basisText(b: LegalBasis, t: (k: string, o?: Record<string, unknown>) => string): string {
  return [
    t('plans.basisNumber', { number: b.number }),
    b.date ? t('plans.basisDate', { date: formatDate(b.date) }) : '',
    b.issuer ? t('plans.basisIssuer', { issuer: b.issuer }) : '',
  ]
    .filter(Boolean)
    .join(' ')
    .concat(b.title ? ` ${t('plans.basisAbout', { title: b.title })}` : '');
}

function Section({ heading, text }: { heading: string; text: string | null | undefined }) {
  const ps = paragraphs(text);
  if (!ps.length) return null;
  return (
    <Box>
      <Text fw={700} mb={4}>
        {heading}
      </Text>
      {ps.map((p, i) => (
        <Text key={i} size="sm" mb={6} style={{ textAlign: 'justify' }}>
          {p}
        </Text>
      ))}
    </Box>
  );
}

/** The plan laid out like the document offices file (Decree 30/2020 layout). */
export function PlanDocument({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'xl' }}
      data-testid="plan-document"
      style={{ fontFamily: '"Times New Roman", serif' }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Stack gap={2} align="center" ta="center">
          <Text size="sm">{t('plans.parentBody')}</Text>
          <Text size="sm" fw={700} tt="uppercase">
            {plan.issuingOrgUnitName}
          </Text>
          <Text size="sm" mt={6}>
            {plan.number ? t('plans.numberLine', { number: plan.number }) : t('plans.numberDraft')}
          </Text>
        </Stack>
        <Stack gap={2} align="center" ta="center">
          <Text size="sm" fw={700}>
            {t('plans.nation')}
          </Text>
          <Text size="sm" fw={700} td="underline">
            {t('plans.motto')}
          </Text>
          <Text size="sm" fs="italic" mt={6}>
            {plan.issuedOn ? `${t('plans.place')}, ${longDate(plan.issuedOn, t)}` : t('plans.notIssued')}
          </Text>
        </Stack>
      </SimpleGrid>
      <Stack gap={2} align="center" ta="center" my="lg">
        <Title order={2} size="h3">
          {t('plans.documentKind')}
        </Title>
        <Text fw={700}>{plan.title}</Text>
      </Stack>
      <Stack gap="md">
        {plan.legalBases.length > 0 && (
          <Box>
            <Text fw={700} mb={4}>
              {t('plans.bases')}
            </Text>
            {plan.legalBases.map((b, i) => (
              <Text key={i} size="sm" fs="italic" mb={4} data-testid="legal-basis">
                {t('plans.basisPrefix')} {basisText(b, t)};
              </Text>
            ))}
          </Box>
        )}
        <Section heading={t('plans.sections.purposes')} text={plan.purposes} />
        <Section heading={t('plans.sections.contents')} text={plan.contents} />
        <Section heading={t('plans.sections.forms')} text={plan.forms} />
        <Section heading={t('plans.sections.implementation')} text={plan.implementation} />
        {plan.movements.length > 0 && (
          <Box>
            <Text fw={700} mb={4}>
              {t('plans.movements')}
            </Text>
            <List size="sm">
              {plan.movements.map((m) => (
                <List.Item key={m.id}>
                  <Anchor component={Link} to={`/movements/${m.id}`}>
                    {m.name}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Box>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="xl">
        <Box>
          <Text size="sm" fw={700} fs="italic">
            {t('plans.recipients')}
          </Text>
          {plan.recipients.map((r, i) => (
            <Text key={i} size="xs">
              - {r}
            </Text>
          ))}
        </Box>
        <Stack gap={2} align="center" ta="center" data-testid="signer-block">
          {plan.signerPrefix && (
            <Text size="sm" fw={700} tt="uppercase">
              {plan.signerPrefix}
            </Text>
          )}
          <Text size="sm" fw={700} tt="uppercase">
            {plan.signerTitle}
          </Text>
          <Box h={48} />
          <Text size="sm" fw={700}>
            {plan.signerName}
          </Text>
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}

export default function PlanDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const me = useCurrentUser();
  const showError = useShowError();
  const plan = usePlan(Number(id));
  const issue = useIssuePlan();
  const [confirming, setConfirming] = useState(false);
  const [issuedOn, setIssuedOn] = useState<string | null>(todayIso());

  if (plan.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (plan.isError) return <Alert color="red">{t('errors.notFound')}</Alert>;
  const p = plan.data;
  const canEdit = p.status === 'DRAFT' && PLAN_MANAGERS.includes(me.role);
  const canIssue = p.allowedActions.includes('ISSUE');

  return (
    <Stack>
      <Anchor component={Link} to="/plans" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={16} aria-hidden />
          {t('plans.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Group gap="xs">
          <Title order={1} size="h2">
            {p.number ? t('plans.numberShort', { number: p.number }) : t('plans.draftTitle')}
          </Title>
          <Badge
            color={p.status === 'ISSUED' ? 'teal.9' : 'orange.9'}
            variant="filled"
            style={{ textTransform: 'none' }}
          >
            {t(`plans.statuses.${p.status}`)}
          </Badge>
        </Group>
        <Group gap="xs">
          {canEdit && (
            <Button
              component={Link}
              to={`/plans/${p.id}/edit`}
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {t('common.edit')}
            </Button>
          )}
          {canIssue && (
            <Button leftSection={<IconSignature size={16} aria-hidden />} onClick={() => setConfirming(true)}>
              {t('plans.issue')}
            </Button>
          )}
        </Group>
      </Group>
      <PlanDocument plan={p} />
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('plans.issueTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('plans.issueConfirm', { title: p.title })}</Text>
          <DateInput
            label={t('plans.issuedOn')}
            required
            valueFormat="DD/MM/YYYY"
            maxDate={todayIso()}
            value={issuedOn}
            onChange={(v) => setIssuedOn(v)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={issue.isPending}
              disabled={!issuedOn}
              onClick={() =>
                issue.mutate(
                  { id: p.id, issuedOn: issuedOn! },
                  {
                    onSuccess: (saved) => {
                      notifySuccess(t('plans.issuedMsg', { number: saved.number }));
                      setConfirming(false);
                    },
                    onError: (err) => showError(err),
                  },
                )
              }
            >
              {t('plans.issueConfirmButton')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
