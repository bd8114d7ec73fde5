// The Dutch regime: Cyberbeveiligingswet (Cbw, BWBR0052872, text in force 15 August 2026).
// Same precedence as the EU baseline (eu-rules.ts), with the Dutch choices of the reference §1.6:
// all decentralised government is essential without a risk-based filter (Cbw art. 8(1)(h)), designation
// under NIS2 Art. 2(2)(b)-(e) is always as essential (Cbw art. 9(1)), higher-education institutions can be
// designated by the Minister of OCW (Cbw arts. 11, 13), and the art. 5 exclusions keep trust services in.
import {
  isCriticalEntity,
  isDnsServiceProvider,
  isDomainNameRegistrationService,
  isEducationInstitution,
  isPublicAdministration,
  isPublicEcnProvider,
  isPublicEcsProvider,
  isQualifiedTrustServiceProvider,
  isTldNameRegistry,
  isTrustServiceProvider,
  publicAdministrationLevel,
  type RuleContext,
} from './facts.ts';
import { NETHERLANDS, determineJurisdiction } from './jurisdiction.ts';
import { SIZE_CLASS_LABELS, finding, type RegimeRules, type Rule } from './rule.ts';

// Cbw art. 4 (NIS2 Art. 26): the Cbw governs an organisation only where its art. 4 says so (established in the
// Netherlands; for public electronic communications: serving the Netherlands; for the Art. 26(1)(b) types: main
// establishment or representative in the Netherlands). Otherwise another Member State's law applies and the Cbw
// does not; the EU classification stands.
const otherMemberStateJurisdiction: Rule = (ctx) => {
  const j = determineJurisdiction(ctx);
  if (j.cbw.applies) return null;
  const states = j.member_states.join(', ');
  const ground = `${j.decided_by}${states ? `: ${states}` : ''}`;
  const onlyArt42 = j.member_states.includes(NETHERLANDS);
  return finding(
    'nl.other_member_state_jurisdiction',
    'out_of_scope',
    `${j.cbw.article} (${ground})`,
    onlyArt42
      ? {
          en: `No main establishment and no representative in the Netherlands (${j.cbw.article}): the Cbw's rules for essential and important entities do not apply; it must designate a representative in the Union (Cbw art. 42; NIS2 Art. 26(3)), and until it does any Member State where it provides services may act (${ground}).`,
          nl: `Geen hoofdvestiging en geen vertegenwoordiger in Nederland (${j.cbw.article}): de regels van de Cbw voor essentiële en belangrijke entiteiten gelden niet; de organisatie moet een vertegenwoordiger in de Unie aanwijzen (art. 42 Cbw; art. 26(3) NIS2), en zolang zij dat niet doet, kan elke lidstaat waar zij diensten verleent optreden (${ground}).`,
        }
      : states
        ? {
            en: `Jurisdiction lies with ${states}, not the Netherlands (${ground}): the Cbw does not apply to this organisation (${j.cbw.article}); the law of ${states} does.`,
            nl: `De rechtsmacht ligt bij ${states}, niet bij Nederland (${ground}): de Cbw is niet van toepassing op deze organisatie (${j.cbw.article}); de wet van ${states} wel.`,
          }
        : {
            en: `No Member State has jurisdiction on these answers (${j.decided_by}), and not the Netherlands: the Cbw does not apply (${j.cbw.article}).`,
            nl: `Op grond van deze antwoorden heeft geen lidstaat rechtsmacht (${j.decided_by}), ook Nederland niet: de Cbw is niet van toepassing (${j.cbw.article}).`,
          },
    { member_states: states, jurisdiction_decided_by: j.decided_by },
  );
};

// Cbw art. 7 (NIS2 Art. 2(10)): entities that a Member State exempted from DORA under DORA Art. 2(4) are excluded.
const doraExemptedExclusion: Rule = ({ read }) =>
  read('dora_exempted_2_4')
    ? finding('nl.excluded_dora_2_4', 'out_of_scope', 'Cbw art. 7', {
        en: 'Exempted from DORA (Reg. (EU) 2022/2554) under its Art. 2(4): excluded from the Cbw (art. 7).',
        nl: 'Uitgezonderd van DORA (Verordening (EU) 2022/2554) op grond van artikel 2, vierde lid, daarvan: uitgezonderd van de Cbw (art. 7).',
      })
    : null;

// Cbw art. 5: Defensie, the intelligence and security services, the Openbaar Ministerie, the police and the
// veiligheidsregio's are excluded — except where they act as trust service providers.
const excludedBodies: Rule = (ctx) =>
  ctx.read('national_security_pae') && !isTrustServiceProvider(ctx)
    ? finding('nl.excluded_body', 'out_of_scope', 'Cbw art. 5', {
        en: 'Body excluded by Cbw art. 5 (defence, intelligence and security services, Public Prosecution Service, police, safety regions).',
        nl: 'Uitgezonderd op grond van art. 5 Cbw (Defensie, inlichtingen- en veiligheidsdiensten, Openbaar Ministerie, politie, veiligheidsregio’s).',
      })
    : null;

// Cbw art. 6: operators of root name servers are excluded.
const rootNameServerExclusion: Rule = ({ read }) =>
  read('root_name_server_operator')
    ? finding('nl.excluded_root_name_server', 'out_of_scope', 'Cbw art. 6', {
        en: 'Operators of root name servers are excluded (Cbw art. 6).',
        nl: 'Beheerders van rootnaamservers zijn uitgezonderd (art. 6 Cbw).',
      })
    : null;

// Cbw art. 8(1)(i): critical entities designated under Wwke art. 6(1) are essential (NIS2 Art. 3(1)(f)).
const criticalEntity: Rule = (ctx) =>
  isCriticalEntity(ctx)
    ? finding('nl.critical_entity', 'essential', 'Cbw art. 8(1)(i)', {
        en: 'Designated as critical entity under the Wwke (art. 6(1)): essential entity regardless of size.',
        nl: 'Aangewezen als kritieke entiteit op grond van art. 6(1) Wwke: essentiële entiteit, ongeacht de omvang.',
      })
    : null;

// Cbw art. 8(1)(a): qualified trust service providers.
const qualifiedTrustServiceProvider: Rule = (ctx) =>
  isQualifiedTrustServiceProvider(ctx)
    ? finding('nl.qualified_trust_service_provider', 'essential', 'Cbw art. 8(1)(a)', {
        en: 'Qualified trust service provider: essential entity regardless of size.',
        nl: 'Gekwalificeerde verlener van vertrouwensdiensten: essentiële entiteit, ongeacht de omvang.',
      })
    : null;

// Cbw art. 8(1)(b): TLD name registries.
const tldNameRegistry: Rule = (ctx) =>
  isTldNameRegistry(ctx)
    ? finding('nl.tld_name_registry', 'essential', 'Cbw art. 8(1)(b)', {
        en: 'Top-level domain name registry: essential entity regardless of size.',
        nl: 'Register voor topleveldomeinnamen: essentiële entiteit, ongeacht de omvang.',
      })
    : null;

// Cbw art. 8(1)(c): DNS service providers.
const dnsServiceProvider: Rule = (ctx) =>
  isDnsServiceProvider(ctx)
    ? finding('nl.dns_service_provider', 'essential', 'Cbw art. 8(1)(c)', {
        en: 'DNS service provider: essential entity regardless of size.',
        nl: 'Verlener van DNS-diensten: essentiële entiteit, ongeacht de omvang.',
      })
    : null;

// Cbw art. 8(1)(g): ministries (incl. their services, excl. AIVD/MIVD) and central-government ZBOs that
// qualify as overheidsinstantie.
const centralGovernment: Rule = (ctx) =>
  publicAdministrationLevel(ctx) === 'central'
    ? finding('nl.central_government', 'essential', 'Cbw art. 8(1)(g)', {
        en: 'Central government (ministry or central-government independent administrative body): essential entity.',
        nl: 'Centrale overheid (ministerie of zelfstandig bestuursorgaan van de centrale overheid): essentiële entiteit.',
      })
    : null;

// Cbw art. 8(1)(h): provinces, municipalities, water boards and Wgr joint bodies are all essential — the
// Dutch deviation: no risk-based filter (NIS2 Art. 2(2)(f)(ii)) and the local option (Art. 2(5)(a)) used.
const decentralisedGovernment: Rule = (ctx) => {
  const level = publicAdministrationLevel(ctx);
  return level === 'regional' || level === 'local'
    ? finding(
        'nl.decentralised_government',
        'essential',
        'Cbw art. 8(1)(h)',
        {
          en: 'Decentralised government (province, municipality, water board or joint body under the Wgr): essential entity, without a risk-based assessment.',
          nl: 'Decentrale overheid (provincie, gemeente, waterschap of openbaar lichaam/orgaan op grond van de Wgr): essentiële entiteit, zonder risicogebaseerde beoordeling.',
        },
        { level },
      )
    : null;
};

// Cbw art. 9(1)(a)-(d): designation on the grounds of NIS2 Art. 2(2)(b)-(e) is always as essential, also
// where the Member State decision would allow "important".
const designated: Rule = (ctx) => {
  if (ctx.entity.annex === null) return null;
  return ctx.read('member_state_identified_2_2_b_to_e') !== null
    ? finding('nl.designated', 'essential', 'Cbw art. 9(1) (designation is always as essential)', {
        en: 'Designated by the Minister concerned on the grounds of NIS2 Art. 2(2)(b)-(e): under the Cbw a designation is always as essential entity.',
        nl: 'Aangewezen door de betrokken minister op grond van art. 2(2)(b)-(e) NIS2: onder de Cbw is een aanwijzing altijd als essentiële entiteit.',
      })
    : null;
};

// Cbw art. 10 (NIS2 Art. 3(1)(g)): a former operator of essential services under the Wbni designated as
// essential.
const formerOperatorOfEssentialServices: Rule = ({ read }) =>
  read('oes_before_2023_retained')
    ? finding('nl.former_operator_of_essential_services', 'essential', 'Cbw art. 10', {
        en: 'Former operator of essential services (Wbni) designated as essential entity.',
        nl: 'Voormalig aanbieder van essentiële diensten (Wbni) aangewezen als essentiële entiteit.',
      })
    : null;

// Cbw arts. 11 and 13 (NIS2 Art. 2(5)(b)): higher-education institutions are in scope only when the
// Minister of OCW designates them, as essential (art. 11) or important (art. 13). A designation implies the
// institution is one, so it counts even when the entity type and flag do not say so.
const higherEducationInstitution: Rule = (ctx) => {
  const designation = ctx.read('nl_ocw_designation');
  if (designation === 'essential')
    return finding('nl.higher_education_designated', 'essential', 'Cbw art. 11', {
      en: 'Higher-education institution designated as essential entity by the Minister of Education, Culture and Science.',
      nl: 'Instelling voor hoger onderwijs door de minister van OCW aangewezen als essentiële entiteit.',
    });
  if (designation === 'important')
    return finding('nl.higher_education_designated', 'important', 'Cbw art. 13', {
      en: 'Higher-education institution designated as important entity by the Minister of Education, Culture and Science.',
      nl: 'Instelling voor hoger onderwijs door de minister van OCW aangewezen als belangrijke entiteit.',
    });
  return isEducationInstitution(ctx)
    ? finding(
        'nl.higher_education_not_designated',
        'out_of_scope',
        'Cbw arts. 11, 13 (no designation by the Minister of OCW)',
        {
          en: 'Education institution without a designation by the Minister of Education, Culture and Science: not in scope.',
          nl: 'Onderwijsinstelling zonder aanwijzing door de minister van OCW: valt niet onder de Cbw.',
        },
      )
    : null;
};

// Cbw arts. 8(1)(d)-(f) and 12(1)(c)-(d): public electronic communications networks (d / c) and publicly
// available electronic communications services (e / d); large → art. 8(1)(f).
const electronicCommunications: Rule = (ctx) => {
  const network = isPublicEcnProvider(ctx);
  if (!network && !isPublicEcsProvider(ctx)) return null;
  if (isPublicAdministration(ctx)) return null;
  const size = ctx.read('size_class');
  const label = SIZE_CLASS_LABELS[size];
  const what = network
    ? {
        en: 'Provider of a public electronic communications network',
        nl: 'Aanbieder van een openbaar elektronischecommunicatienetwerk',
      }
    : {
        en: 'Provider of a publicly available electronic communications service',
        nl: 'Aanbieder van een openbare elektronischecommunicatiedienst',
      };
  const params = { size_class: size };
  if (size === 'large' || size === 'medium')
    return finding(
      'nl.electronic_communications',
      'essential',
      size === 'large' ? 'Cbw art. 8(1)(f)' : network ? 'Cbw art. 8(1)(d)' : 'Cbw art. 8(1)(e)',
      {
        en: `${what.en}, ${label.en}: essential entity.`,
        nl: `${what.nl}, ${label.nl}: essentiële entiteit.`,
      },
      params,
    );
  return finding(
    'nl.electronic_communications',
    'important',
    network ? 'Cbw art. 12(1)(c)' : 'Cbw art. 12(1)(d)',
    {
      en: `${what.en}, ${label.en}: important entity regardless of size.`,
      nl: `${what.nl}, ${label.nl}: belangrijke entiteit, ongeacht de omvang.`,
    },
    params,
  );
};

// Non-qualified trust service providers: large → Cbw art. 8(1)(f); medium → art. 12(1)(a) (as any Annex I
// medium entity); micro/small → art. 12(1)(e).
const trustServiceProvider: Rule = (ctx) => {
  if (!isTrustServiceProvider(ctx) || isQualifiedTrustServiceProvider(ctx)) return null;
  if (isPublicAdministration(ctx)) return null;
  const size = ctx.read('size_class');
  const label = SIZE_CLASS_LABELS[size];
  const params = { size_class: size };
  if (size === 'large')
    return finding(
      'nl.trust_service_provider',
      'essential',
      'Cbw art. 8(1)(f)',
      {
        en: `Non-qualified trust service provider, ${label.en}: essential entity.`,
        nl: `Niet-gekwalificeerde verlener van vertrouwensdiensten, ${label.nl}: essentiële entiteit.`,
      },
      params,
    );
  return finding(
    'nl.trust_service_provider',
    'important',
    size === 'medium' ? 'Cbw art. 12(1)(a)' : 'Cbw art. 12(1)(e)',
    {
      en: `Non-qualified trust service provider, ${label.en}: important entity.`,
      nl: `Niet-gekwalificeerde verlener van vertrouwensdiensten, ${label.nl}: belangrijke entiteit.`,
    },
    params,
  );
};

// Cbw arts. 4(4), 44, 47(2), 49-50: entities providing domain name registration services have only the
// registration-data regime (NIS2 Art. 2(4), 28); not essential or important.
const domainNameRegistration: Rule = (ctx) =>
  isDomainNameRegistrationService(ctx)
    ? finding(
        'nl.domain_name_registration',
        'out_of_scope',
        'Cbw arts. 4(4), 44, 47(2), 49-50 (registration-data regime only)',
        {
          en: 'Entity providing domain name registration services: not essential or important, but registration (Cbw arts. 44, 47(2)) and the registration-data duties (arts. 49-50) apply.',
          nl: 'Entiteit die domeinnaamregistratiediensten verleent: geen essentiële of belangrijke entiteit, maar registratie (art. 44, 47(2) Cbw) en de plichten voor registratiegegevens (art. 49-50) gelden.',
        },
      )
    : null;

// Cbw art. 8(1)(f): bijlage-1 entities exceeding the medium ceilings are essential; art. 12(1)(a): bijlage-1
// medium entities and art. 12(1)(b): bijlage-2 medium or large entities are important; smaller ones are out.
const sizeCap: Rule = (ctx) => {
  if (ctx.entity.size_rule !== 'size_cap') return null;
  if (isPublicAdministration(ctx) || isEducationInstitution(ctx)) return null;
  const size = ctx.read('size_class');
  const label = SIZE_CLASS_LABELS[size];
  const annex = ctx.entity.annex;
  const bijlage = annex === 'I' ? '1' : '2';
  const params = { size_class: size, annex };
  if (size === 'micro' || size === 'small')
    return finding(
      'nl.size_cap_below',
      'out_of_scope',
      'Cbw arts. 8(1)(f)/12(1)(a)-(b) (below size cap)',
      {
        en: `Entity of a type in bijlage ${bijlage}, ${label.en}: below the size cap (only medium-sized and large entities are in scope).`,
        nl: `Entiteit van een type uit bijlage ${bijlage}, ${label.nl}: onder de drempel (alleen middelgrote en grote entiteiten vallen onder de Cbw).`,
      },
      params,
    );
  if (annex === 'I' && size === 'large')
    return finding(
      'nl.size_cap',
      'essential',
      'Cbw art. 8(1)(f)',
      {
        en: `Entity of a type in bijlage 1 that exceeds the ceilings for medium-sized enterprises (${label.en}): essential entity.`,
        nl: `Entiteit van een type uit bijlage 1 die de drempels voor middelgrote ondernemingen overschrijdt (${label.nl}): essentiële entiteit.`,
      },
      params,
    );
  return finding(
    'nl.size_cap',
    'important',
    annex === 'I' ? 'Cbw art. 12(1)(a)' : 'Cbw art. 12(1)(b)',
    {
      en: `Entity of a type in bijlage ${bijlage}, ${label.en}: important entity.`,
      nl: `Entiteit van een type uit bijlage ${bijlage}, ${label.nl}: belangrijke entiteit.`,
    },
    params,
  );
};

// Cbw arts. 8 and 12 only name types of entity of bijlagen 1 and 2 (plus the size-independent cases above).
function notListed(ctx: RuleContext) {
  return finding('nl.not_listed', 'out_of_scope', 'Cbw arts. 8, 12 (not in bijlage 1 or 2)', {
    en: `No provision of the Cbw brings this entity into scope (entity type ${ctx.entity.id}).`,
    nl: `Geen bepaling van de Cbw brengt deze entiteit onder de reikwijdte (type entiteit ${ctx.entity.id}).`,
  });
}

export const NL_RULES: RegimeRules = {
  regime: 'nl',
  exclusions: [otherMemberStateJurisdiction, excludedBodies, rootNameServerExclusion, doraExemptedExclusion],
  hooks: [
    criticalEntity,
    qualifiedTrustServiceProvider,
    tldNameRegistry,
    dnsServiceProvider,
    centralGovernment,
    decentralisedGovernment,
    designated,
    formerOperatorOfEssentialServices,
    higherEducationInstitution,
    electronicCommunications,
    trustServiceProvider,
    domainNameRegistration,
    sizeCap,
  ],
  fallback: notListed,
};
