import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Card,
  Container,
  Group,
  Image,
  Loader,
  Pagination,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { RedCrossMark } from '../shell/RedCrossMark';
import '../nominations/i18n';
import './i18n';
import type { components } from '../../api/schema';

type Example = components['schemas']['PublicExample'];
const SIZE = 12;

function ExampleCard({ e, full = false }: { e: Example; full?: boolean }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="article">
      {e.photoUrl && (
        <Card.Section>
          <Image
            src={e.photoUrl}
            alt={t('showcase.photoOf', { name: e.nomineeName })}
            h={full ? 280 : 180}
            fit="cover"
          />
        </Card.Section>
      )}
      <Stack gap={4} mt={e.photoUrl ? 'sm' : 0}>
        <Badge variant="light" color="redCross.8" style={{ textTransform: 'none' }}>
          {t(`nominations.categories.${e.category}`)}
        </Badge>
        <Title order={2} size="h4">
          {full ? (
            e.title
          ) : (
            <Anchor component={Link} to={`/cong-khai/${e.id}`}>
              {e.title}
            </Anchor>
          )}
        </Title>
        <Text fw={600}>
          {e.nomineeName}
          {e.position ? ` — ${e.position}` : ''}
          {e.memberCount ? ` (${t('showcase.members', { count: e.memberCount })})` : ''}
        </Text>
        {e.workplace && <Text size="sm">{e.workplace}</Text>}
        <Text size="sm" c="dimmed">
          {e.orgUnitName}
        </Text>
        <Text size="sm" lineClamp={full ? undefined : 4} style={{ whiteSpace: 'pre-wrap' }}>
          {e.achievements}
        </Text>
        <Text size="sm">
          {t('showcase.honored', {
            form: e.honor.form ?? '',
            number: e.honor.decisionNumber ?? '',
            date: formatDate(e.honor.decisionDate),
          })}
        </Text>
        {e.replications.map((r, i) => (
          <Text size="sm" key={i}>
            {t('showcase.replicated', { unit: r.adoptingUnitName, date: formatDate(r.replicatedOn) })}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}

function Header() {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap" py="md">
      <RedCrossMark />
      <div>
        <Title order={1} size="h3">
          {t('showcase.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('showcase.subtitle')}
        </Text>
      </div>
    </Group>
  );
}

/** The public page (/cong-khai, no login): honoured examples that consented, readable on a phone. */
export default function ShowcasePage() {
  const { id } = useParams();
  return (
    <Box component="main" id="main">
      <Container size="lg" px="sm">
        <Header />
        {id ? <One id={Number(id)} /> : <List />}
      </Container>
    </Box>
  );
}

function One({ id }: { id: number }) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ['public', 'example', id],
    queryFn: () => unwrap(api.GET('/api/v1/public/examples/{id}', { params: { path: { id } } })),
  });
  return (
    <Stack pb="xl">
      <Anchor component={Link} to="/cong-khai">
        ← {t('showcase.all')}
      </Anchor>
      {q.isPending ? (
        <Loader aria-label={t('app.loading')} />
      ) : q.data ? (
        <ExampleCard e={q.data} full />
      ) : (
        <Alert color="gray">{t('errors.notFound')}</Alert>
      )}
    </Stack>
  );
}

function List() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const [page, setPage] = useState(1);
  const query = { page: page - 1, size: SIZE, ...(debounced.trim() ? { q: debounced.trim() } : {}) };
  const list = useQuery({
    queryKey: ['public', 'examples', query],
    queryFn: () => unwrap(api.GET('/api/v1/public/examples', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const total = list.data ? Math.max(1, Math.ceil(list.data.totalItems / SIZE)) : 1;
  return (
    <Stack pb="xl">
      <TextInput
        label={t('showcase.search')}
        type="search"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          setPage(1);
        }}
        role="searchbox"
      />
      {list.isPending ? (
        <Loader aria-label={t('app.loading')} />
      ) : list.isError ? (
        <Alert color="red">{t('common.loadFailed')}</Alert>
      ) : list.data.items.length === 0 ? (
        <Text c="dimmed">{t('showcase.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          {list.data.items.map((e) => (
            <ExampleCard key={e.id} e={e} />
          ))}
        </SimpleGrid>
      )}
      {total > 1 && <Pagination total={total} value={page} onChange={setPage} />}
    </Stack>
  );
}
