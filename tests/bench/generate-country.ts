import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '#server/db/open-db.js';
import { ensureDefaultHolidays, todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { refreshNextActors } from '#server/modules/dossiers/next-actor.js';
import { refreshDossierPreparers } from '#server/modules/dossiers/preparer-rows.js';
import { refreshDossierSearch } from '#server/modules/dossiers/search-source.js';
import { loadRegimes } from '#server/modules/regimes/load-regimes.js';

/**
 * A whole country for the roll-up benchmark, built in the database with generate_series (no row
 * crosses the wire): a root, 34 provinces, 680 departments, 3,300 communes and wards and 5,985 public
 * service units (10,000 organisations), 50,000 systems, 50,000 dossiers (5,000 of them a system's
 * second dossier) and 500,000 dossier events whose statuses replay to each dossier's status.
 *
 * Deterministic: ids are bench_uuid of a name and every "random" draw hashes its own key, so two runs (and
 * PostgreSQL and PGlite) hold the same country. The audit chain is not computed (hash 'bench').
 */
export interface CountryShape {
  provinces: number;
  departmentsPerProvince: number;
  communes: number;
  /** Public service units under departments, five per department at most (unit i under department ceil(i / 5)). */
  psusUnderDepartments: number;
  /** Public service units under communes, one per commune at most. */
  psusUnderCommunes: number;
  systems: number;
  /** Dossier d covers system d: at most one per system. */
  firstDossiers: number;
  /** A second dossier of systems 1, 2, ...: at most one per first dossier. */
  secondDossiers: number;
  eventsPerDossier: number;
}

const COUNTRY: CountryShape = {
  provinces: 34,
  departmentsPerProvince: 20,
  communes: 3300,
  psusUnderDepartments: 3400,
  psusUnderCommunes: 2585,
  systems: 50_000,
  firstDossiers: 45_000,
  secondDossiers: 5_000,
  eventsPerDossier: 10,
};

/** Organisations in the whole country (scale 1): what a reused bench database must hold. */
export const COUNTRY_ORGANISATIONS =
  1 +
  COUNTRY.provinces * (1 + COUNTRY.departmentsPerProvince) +
  COUNTRY.communes +
  COUNTRY.psusUnderDepartments +
  COUNTRY.psusUnderCommunes;

/**
 * The country shrunk by `scale` (1: the whole country, 0.01: about 70 organisations, 500 systems and
 * dossiers), keeping its shape: every kind of unit, first and second dossiers, every status.
 */
export function countryShape(scale = 1): CountryShape {
  if (!(scale > 0 && scale <= 1)) throw new Error(`scale must be in (0, 1], not ${scale}`);
  const n = (value: number) => Math.max(1, Math.round(value * scale));
  const provinces = n(COUNTRY.provinces);
  const departmentsPerProvince = n(COUNTRY.departmentsPerProvince);
  const communes = n(COUNTRY.communes);
  const systems = n(COUNTRY.systems);
  const firstDossiers = Math.min(systems, n(COUNTRY.firstDossiers));
  return {
    provinces,
    departmentsPerProvince,
    communes,
    psusUnderDepartments: Math.min(5 * provinces * departmentsPerProvince, n(COUNTRY.psusUnderDepartments)),
    psusUnderCommunes: Math.min(communes, n(COUNTRY.psusUnderCommunes)),
    systems,
    firstDossiers,
    secondDossiers: Math.min(firstDossiers, n(COUNTRY.secondDossiers)),
    eventsPerDossier: COUNTRY.eventsPerDossier,
  };
}

/**
 * The id of a generated record, as bench_uuid(key) gives it in SQL: rootId = uuidOf('root'), province 1 =
 * uuidOf('prov1'), commune 1 = uuidOf('comm1'), dossier 7 = uuidOf('dos7'). It is md5(key) with the version
 * nibble set to 4 and the variant bits to 10 (RFC 9562): a plain md5(key)::uuid is no version at all, and the
 * API's id check (shared/common/text.ts, z.uuid()) refuses it, so nothing generated could be opened over HTTP.
 */
export function uuidOf(key: string): string {
  const hex = createHash('md5').update(key).digest('hex');
  const variant = '89ab'[parseInt(hex[16]!, 16) & 3]!;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/**
 * uuidOf in SQL. The variant digit is picked by position in a string that repeats '89ab', so no bit casts are
 * needed (PGlite and PostgreSQL read it alike): hex digit d (at position d + 1 of '0123456789abcdef') maps to
 * '89ab'[d & 3].
 */
export const benchUuidFunction = `create or replace function bench_uuid(key text) returns uuid language sql immutable as
  $$ select (substr(h, 1, 12) || '4' || substr(h, 14, 3) ||
             substr('89ab89ab89ab89ab', strpos('0123456789abcdef', substr(h, 17, 1)), 1) || substr(h, 18))::uuid
     from (select md5(key) as h) m $$`;

const org = (kind: string, key: string, parentJoin: string, name: string, depth: number, count: string) => `
insert into organisations (id, parent_id, kind, name, short_name, place, path, depth, search_text)
select bench_uuid('${key}' || i), p.id, '${kind}', ${name}, 'UBND', 'Thử tải',
  p.path || bench_uuid('${key}' || i) || '/', ${depth}, lower(${name})
from ${count} i join organisations p on p.id = ${parentJoin}`;

/** Each statement on its own: PGlite and postgres.js both take one statement per call. */
const statementsOf = (COUNTRY: CountryShape) => [
  benchUuidFunction,
  // A uniform draw in [0, 1) from a key: the first 8 hex digits of its md5.
  `create or replace function bench_rand(key text) returns double precision language sql immutable as
     $$ select ('x' || lpad(substr(md5(key), 1, 8), 16, '0'))::bit(64)::bigint / 4294967296.0 $$`,
  `insert into organisations (id, parent_id, kind, name, short_name, place, path, depth, search_text)
   values (bench_uuid('root'), null, 'other', 'Cả nước (dữ liệu thử tải)', 'CN', 'Hà Nội', bench_uuid('root') || '/', 0,
     'ca nuoc du lieu thu tai')`,
  org(
    'province',
    'prov',
    `bench_uuid('root')`,
    `'Ủy ban nhân dân tỉnh Thử tải ' || i`,
    1,
    `generate_series(1, ${COUNTRY.provinces})`,
  ),
  org(
    'department',
    'dept',
    `bench_uuid('prov' || ((i - 1) / ${COUNTRY.departmentsPerProvince} + 1))`,
    `'Sở thử tải ' || i`,
    2,
    `generate_series(1, ${COUNTRY.provinces * COUNTRY.departmentsPerProvince})`,
  ),
  org(
    'commune',
    'comm',
    `bench_uuid('prov' || ((i - 1) % ${COUNTRY.provinces} + 1))`,
    `'Ủy ban nhân dân xã Thử tải ' || i`,
    2,
    `generate_series(1, ${COUNTRY.communes})`,
  ),
  "update organisations set kind = 'ward', name = replace(name, ' xã ', ' phường ') where kind = 'commune' and " +
    "bench_rand('ward' || id) < 0.25",
  org(
    'publicServiceUnit',
    'psu',
    `bench_uuid('dept' || ((i - 1) / 5 + 1))`,
    `'Trung tâm thử tải ' || i`,
    3,
    `generate_series(1, ${COUNTRY.psusUnderDepartments})`,
  ),
  org(
    'publicServiceUnit',
    'psuc',
    `bench_uuid('comm' || i)`,
    `'Trung tâm cấp xã thử tải ' || i`,
    3,
    `generate_series(1, ${COUNTRY.psusUnderCommunes})`,
  ),
  // Operators are drawn uniformly among the 9,999 units below the root (about 5 systems each; a few have none).
  'create temporary table bench_units as select row_number() over (order by id) as n, id from organisations where ' +
    'parent_id is not null',
  `insert into information_systems (id, name, owner_organisation_id, operator_organisation_id, system_type,
                                    information_types, status, search_text)
   select bench_uuid('sys' || s), 'Hệ thống thông tin thử tải ' || s, u.id, u.id, 'internal', '{private,personal}',
          case when bench_rand('st' || s) < 0.02 then 'planned'
               when bench_rand('st' || s) < 0.03 then 'decommissioned' else 'operating' end,
          'he thong thong tin thu tai ' || s
   from generate_series(1, ${COUNTRY.systems}) s
   join bench_units u on u.n = 1 + floor(bench_rand('op' || s) * (select count(*) from bench_units))::int`,
  // Dossier d covers system d; dossiers 45,001-50,000 are a second dossier of systems 1-5,000.
  `create temporary table bench_dossiers as
   select d, case when d > ${COUNTRY.firstDossiers} then d - ${COUNTRY.firstDossiers} else d end as system_n,
          case
            when d > ${COUNTRY.firstDossiers} then
              case when bench_rand('d' || d) < 0.5 then 'approved' when bench_rand('d' || d) < 0.7 then 'submitted'
                   when bench_rand('d' || d) < 0.85 then 'drafting' when bench_rand('d' || d) < 0.9 then 'returned'
                     else 'appraised' end
            when d <= ${COUNTRY.secondDossiers} then
              case when bench_rand('d' || (d + ${COUNTRY.firstDossiers})) < 0.5 then 'superseded' else 'approved' end
            else
              case when bench_rand('d' || d) < 0.72 then 'approved' when bench_rand('d' || d) < 0.80 then 'submitted'
                   when bench_rand('d' || d) < 0.83 then 'appraised' when bench_rand('d' || d) < 0.86 then 'returned'
                   when bench_rand('d' || d) < 0.94 then 'drafting'
                   when bench_rand('d' || d) < 0.95 then 'opinionRequested' else 'withdrawn' end
          end as status,
          case when d > ${COUNTRY.firstDossiers}
                 then timestamptz '2025-01-01 09:00+07' + bench_rand('c' || d) * interval '590 days'
               else timestamptz '2019-01-01 09:00+07' + bench_rand('c' || d) * interval '2160 days' end as created_at,
          case when bench_rand('l' || d) < 0.15 then 1 when bench_rand('l' || d) < 0.75 then 2
               when bench_rand('l' || d) < 0.95 then 3 when bench_rand('l' || d) < 0.99 then 4 else 5 end as level
   from generate_series(1, ${COUNTRY.firstDossiers + COUNTRY.secondDossiers}) d`,
  // The statuses each final status passed through: create first, the workflow's steps last, "update" events between.
  `create temporary table bench_paths (final text, pos int, action text, from_status text, to_status text)`,
  `insert into bench_paths values
     ('opinionRequested', 10, 'requestOpinion', 'drafting', 'opinionRequested'),
     ('submitted', 10, 'submit', 'drafting', 'submitted'),
     ('returned', 9, 'submit', 'drafting', 'submitted'), ('returned', 10, 'return', 'submitted', 'returned'),
     ('appraised', 9, 'submit', 'drafting', 'submitted'), ('appraised', 10, 'appraise', 'submitted', 'appraised'),
     ('approved', 8, 'submit', 'drafting', 'submitted'), ('approved', 9, 'appraise', 'submitted', 'appraised'),
     ('approved', 10, 'approve', 'appraised', 'approved'),
     ('withdrawn', 9, 'submit', 'drafting', 'submitted'), ('withdrawn', 10, 'withdraw', 'submitted', 'withdrawn'),
     ('superseded', 7, 'submit', 'drafting', 'submitted'), ('superseded', 8, 'appraise', 'submitted', 'appraised'),
     ('superseded', 9, 'approve', 'appraised', 'approved'), ('superseded', 10, 'supersede', 'approved', 'superseded')`,
  `insert into bench_paths select s, 1, 'create', null, 'drafting'
   from unnest(array['drafting', 'opinionRequested', 'submitted', 'returned', 'appraised', 'approved', 'withdrawn',
                     'superseded']) s`,
  // Events are three days apart: the last (the status) 27 days after creation, the approval of a superseded one 24.
  `insert into dossiers (id, title, regime, operator_organisation_id, status, proposed_level, content,
                         step_started_on, step_due_on, approval_decision_number, approval_decision_date,
                         created_at, updated_at)
   select bench_uuid('dos' || b.d), 'Hồ sơ đề xuất cấp độ ' || b.level || ' - ' || s.name,
          case when b.created_at < timestamptz '2026-08-19 00:00+07' then 'nd85' else 'nd331' end,
          s.operator_organisation_id, b.status, b.level, '{}'::jsonb,
          case when b.status in ('submitted', 'appraised', 'opinionRequested')
               then ((b.created_at + interval '27 days') at time zone 'UTC' + interval '7 hours')::date end,
          case when b.status in ('submitted', 'appraised', 'opinionRequested')
               then ((b.created_at + interval '57 days') at time zone 'UTC' + interval '7 hours')::date end,
          case when b.status in ('approved', 'superseded') then b.d || '/QĐ-TT' end,
          case when b.status = 'approved'
                 then ((b.created_at + interval '27 days') at time zone 'UTC' + interval '7 hours')::date
               when b.status = 'superseded'
                 then ((b.created_at + interval '24 days') at time zone 'UTC' + interval '7 hours')::date end,
          b.created_at, b.created_at + interval '27 days'
   from bench_dossiers b join information_systems s on s.id = bench_uuid('sys' || b.system_n)`,
  `insert into dossier_systems (dossier_id, system_id, proposed_level, assessment)
   select bench_uuid('dos' || d), bench_uuid('sys' || system_n), level, null from bench_dossiers`,
  `update information_systems s set approved_level = d.proposed_level,
          approval_decision_number = d.approval_decision_number, approval_decision_date = d.approval_decision_date,
          approval_decision_issuer = 'Cơ quan thử tải', approval_regime = d.regime,
          redetermination_reasons =
            case when bench_rand('re' || s.id) < 0.02 then '{users}'::text[] else '{}'::text[] end
   from dossiers d join dossier_systems ds on ds.dossier_id = d.id
   where ds.system_id = s.id and d.status = 'approved'`,
  `insert into audit_events (at, actor_user_id, actor_ip, entity_type, entity_id, action, organisation_id,
                             before, after, comment, prev_hash, hash)
   select d.created_at + (g.p - 1) * interval '3 days', null, '', 'dossier', d.id::text, coalesce(e.action, 'update'),
          d.operator_organisation_id,
          case when e.from_status is not null then jsonb_build_object('status', e.from_status) end,
          case when e.to_status is not null then jsonb_build_object('status', e.to_status)
               else jsonb_build_object('title', d.title) end,
          '', 'bench', 'bench'
   from dossiers d cross join generate_series(1, ${COUNTRY.eventsPerDossier}) g(p)
   left join bench_paths e on e.final = d.status and e.pos = g.p
   order by d.created_at, g.p`,
  `insert into audit_events (at, actor_user_id, actor_ip, entity_type, entity_id, action, organisation_id,
                             before, after, comment, redetermination_reasons, prev_hash, hash)
   select now() - interval '30 days', null, '', 'system', s.id::text, 'update', s.operator_organisation_id,
          '{}'::jsonb, '{}'::jsonb, '', '{users}'::text[], 'bench', 'bench'
   from information_systems s where cardinality(s.redetermination_reasons) > 0`,
  `drop function bench_rand(text)`,
  `drop function bench_uuid(text)`,
];

interface GenerateOptions {
  /** 1 (default): the whole country; less for a smaller one of the same shape (countryShape). */
  scale?: number;
  /** Compact and analyse afterwards, as a freshly loaded database would be (default); tests skip it. */
  vacuum?: boolean;
}

/**
 * Fills an empty, migrated database with the country (or the country shrunk by `scale`, for tests); returns
 * the seconds it took.
 */
export async function generateCountry(
  db: Db,
  log: (line: string) => void = () => {},
  { scale = 1, vacuum = true }: GenerateOptions = {},
): Promise<number> {
  const started = performance.now();
  await ensureDefaultHolidays(db);
  const regimes = await loadRegimes(db);
  const statements = statementsOf(countryShape(scale));
  // Temporary tables live in one session: run everything in one transaction (one connection).
  await db.transaction(async (tx) => {
    // No trigger fires while the country is loaded: the database is empty, so there is no cached report to
    // invalidate, and the statement triggers that do it compare each statement's old and new rows, which over
    // 50,000 rows at once costs minutes (the dossiers' search refresh below took over 10 minutes with them).
    // Needs a superuser, as the benchmarks' PostgreSQL role and PGlite are.
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const statement of statements) {
      const t0 = performance.now();
      await tx.execute(sql.raw(statement));
      log(`  ${((performance.now() - t0) / 1000).toFixed(1)} s  ${statement.trim().split('\n')[0]!.slice(0, 90)}`);
    }
    // What the list's search reads for each dossier: its title, operator and systems, as the writers keep it.
    await refreshDossierSearch(tx, 'all');
    // Who must act next on each dossier, as the transitions keep it (the inbox reads it).
    await refreshNextActors(tx, regimes, todayInVietnam(), 'all');
    // Who prepared each dossier, as appendAuditEvents and the saves keep it (the separation of duties reads it).
    await refreshDossierPreparers(tx, 'all');
  });
  if (!vacuum) return (performance.now() - started) / 1000;
  // The updates above left dead rows: compact and gather statistics, as a freshly loaded database would be.
  await db.execute(sql.raw('vacuum (full, analyze)'));
  log(`  ${((performance.now() - started) / 1000).toFixed(1)} s  vacuum (full, analyze)`);
  return (performance.now() - started) / 1000;
}
