// The EU baseline: Directive (EU) 2022/2555 (NIS2) as such, without any Member State option (Art. 2(5))
// but with the Member State decisions the answers report (identification under Art. 2(2)(b)-(e), the
// regional risk-based assessment of Art. 2(2)(f)(ii), retaining former OES under Art. 3(1)(g)).
// Precedence follows scope-examples.json meta.precedence_order_eu; see rule.ts for how findings combine.
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
import { SIZE_CLASS_LABELS, finding, type RegimeRules, type Rule } from './rule.ts';

// NIS2 Art. 2(7): "This Directive does not apply to public administration entities that carry out their
// activities in the areas of national security, public security, defence or law enforcement"; Art. 2(9):
// "Paragraphs 7 and 8 shall not apply where an entity acts as a trust service provider". (The judiciary,
// parliaments and central banks are outside the Art. 6(35) definition of a public administration entity.)
const nationalSecurityExclusion: Rule = (ctx) =>
  ctx.read('national_security_pae') && !isTrustServiceProvider(ctx)
    ? finding('eu.excluded_national_security', 'out_of_scope', 'NIS2 Art. 2(7)', {
        en: 'Public administration entity active in national security, public security, defence or law enforcement: the Directive does not apply.',
        nl: 'Overheidsinstantie op het gebied van nationale veiligheid, openbare veiligheid, defensie of rechtshandhaving: de richtlijn is niet van toepassing.',
      })
    : null;

// NIS2 Art. 2(10): the Directive "does not apply to entities which Member States have exempted from the scope of
// Regulation (EU) 2022/2554 in accordance with Article 2(4) of that Regulation".
const doraExemptedExclusion: Rule = ({ read }) =>
  read('dora_exempted_2_4')
    ? finding('eu.excluded_dora_2_4', 'out_of_scope', 'NIS2 Art. 2(10)', {
        en: 'Exempted by a Member State from DORA (Reg. (EU) 2022/2554) under its Art. 2(4): the Directive does not apply.',
        nl: 'Door een lidstaat uitgezonderd van DORA (Verordening (EU) 2022/2554) op grond van artikel 2, lid 4, daarvan: de richtlijn is niet van toepassing.',
      })
    : null;

// NIS2 Annex I point 8: "DNS service providers, excluding operators of root name servers".
const rootNameServerExclusion: Rule = ({ read }) =>
  read('root_name_server_operator')
    ? finding('eu.excluded_root_name_server', 'out_of_scope', 'NIS2 Annex I point 8 (root name servers excluded)', {
        en: 'Operators of root name servers are excluded from the DNS service providers of Annex I.',
        nl: 'Beheerders van rootnaamservers zijn uitgezonderd van de DNS-dienstverleners van bijlage I.',
      })
    : null;

// NIS2 Art. 2(3) + Art. 3(1)(f): critical entities under the CER Directive, regardless of size.
const criticalEntity: Rule = (ctx) =>
  isCriticalEntity(ctx)
    ? finding('eu.critical_entity', 'essential', 'NIS2 Art. 3(1)(f) (scope: Art. 2(3))', {
        en: 'Identified as critical entity under the CER Directive: essential entity regardless of size.',
        nl: 'Geïdentificeerd als kritieke entiteit onder de CER-richtlijn: essentiële entiteit, ongeacht de omvang.',
      })
    : null;

// NIS2 Art. 2(2)(a)(ii) + Art. 3(1)(b): qualified trust service providers, regardless of size.
const qualifiedTrustServiceProvider: Rule = (ctx) =>
  isQualifiedTrustServiceProvider(ctx)
    ? finding('eu.qualified_trust_service_provider', 'essential', 'NIS2 Art. 3(1)(b) (scope: Art. 2(2)(a)(ii))', {
        en: 'Qualified trust service provider: essential entity regardless of size.',
        nl: 'Gekwalificeerde verlener van vertrouwensdiensten: essentiële entiteit, ongeacht de omvang.',
      })
    : null;

// NIS2 Art. 2(2)(a)(iii) + Art. 3(1)(b): TLD name registries, regardless of size.
const tldNameRegistry: Rule = (ctx) =>
  isTldNameRegistry(ctx)
    ? finding('eu.tld_name_registry', 'essential', 'NIS2 Art. 3(1)(b) (scope: Art. 2(2)(a)(iii))', {
        en: 'Top-level domain name registry: essential entity regardless of size.',
        nl: 'Register voor topleveldomeinnamen: essentiële entiteit, ongeacht de omvang.',
      })
    : null;

// NIS2 Art. 2(2)(a)(iii) + Art. 3(1)(b): DNS service providers, regardless of size.
const dnsServiceProvider: Rule = (ctx) =>
  isDnsServiceProvider(ctx)
    ? finding('eu.dns_service_provider', 'essential', 'NIS2 Art. 3(1)(b) (scope: Art. 2(2)(a)(iii))', {
        en: 'DNS service provider: essential entity regardless of size.',
        nl: 'Verlener van DNS-diensten: essentiële entiteit, ongeacht de omvang.',
      })
    : null;

// NIS2 Art. 2(2)(f)(i) + Art. 3(1)(d): public administration entities of central government.
const centralPublicAdministration: Rule = (ctx) =>
  publicAdministrationLevel(ctx) === 'central'
    ? finding('eu.central_public_administration', 'essential', 'NIS2 Art. 3(1)(d) (scope: Art. 2(2)(f)(i))', {
        en: 'Public administration entity of central government: essential entity regardless of size.',
        nl: 'Overheidsinstantie van de centrale overheid: essentiële entiteit, ongeacht de omvang.',
      })
    : null;

// NIS2 Art. 2(2)(f)(ii) + Art. 3(2): regional public administration entities are in scope only after a
// Member State risk-based assessment finds that disruption could significantly affect critical activities.
const regionalPublicAdministration: Rule = (ctx) => {
  if (publicAdministrationLevel(ctx) !== 'regional') return null;
  return ctx.read('regional_risk_assessment_positive')
    ? finding('eu.regional_public_administration', 'important', 'NIS2 Art. 3(2) (scope: Art. 2(2)(f)(ii))', {
        en: 'Regional public administration entity that the Member State brought into scope after a risk-based assessment: important entity.',
        nl: 'Regionale overheidsinstantie die de lidstaat na een risicogebaseerde beoordeling onder de richtlijn heeft gebracht: belangrijke entiteit.',
      })
    : finding(
        'eu.regional_public_administration_not_assessed',
        'out_of_scope',
        'NIS2 Art. 2(2)(f)(ii) (no positive risk-based assessment)',
        {
          en: 'Regional public administration entity without a positive risk-based assessment by the Member State: not in scope.',
          nl: 'Regionale overheidsinstantie zonder positieve risicogebaseerde beoordeling door de lidstaat: valt niet onder de richtlijn.',
        },
      );
};

// NIS2 Art. 2(5)(a): local public administration entities only if the Member State opts in; the EU
// baseline uses no Member State option.
const localPublicAdministration: Rule = (ctx) =>
  publicAdministrationLevel(ctx) === 'local'
    ? finding('eu.local_public_administration', 'out_of_scope', 'NIS2 Art. 2(5)(a) (Member State option)', {
        en: 'Local public administration entity: in scope only where the Member State uses the option of Art. 2(5)(a).',
        nl: 'Lokale overheidsinstantie: valt alleen onder de richtlijn als de lidstaat de optie van art. 2(5)(a) gebruikt.',
      })
    : null;

// NIS2 Art. 2(2)(b)-(e): identified by the Member State (sole provider of an essential service; impact on
// public safety, security or health; systemic risk; national or regional importance), regardless of size;
// essential (Art. 3(1)(e)) or important (Art. 3(2), 2nd sentence) as the Member State decides.
const memberStateIdentified: Rule = (ctx) => {
  if (ctx.entity.annex === null) return null;
  const identified = ctx.read('member_state_identified_2_2_b_to_e');
  if (identified === 'essential')
    return finding('eu.member_state_identified', 'essential', 'NIS2 Art. 3(1)(e) (scope: Art. 2(2)(b)-(e))', {
      en: 'Identified by the Member State under Art. 2(2)(b)-(e) as essential entity, regardless of size.',
      nl: 'Door de lidstaat op grond van art. 2(2)(b)-(e) geïdentificeerd als essentiële entiteit, ongeacht de omvang.',
    });
  if (identified === 'important')
    return finding('eu.member_state_identified', 'important', 'NIS2 Art. 3(2) (scope: Art. 2(2)(b)-(e))', {
      en: 'Identified by the Member State under Art. 2(2)(b)-(e) as important entity, regardless of size.',
      nl: 'Door de lidstaat op grond van art. 2(2)(b)-(e) geïdentificeerd als belangrijke entiteit, ongeacht de omvang.',
    });
  return null;
};

// NIS2 Art. 3(1)(g): operators of essential services identified under NIS1 before 16 January 2023 that the
// Member State keeps as essential.
const formerOperatorOfEssentialServices: Rule = ({ read }) =>
  read('oes_before_2023_retained')
    ? finding('eu.former_operator_of_essential_services', 'essential', 'NIS2 Art. 3(1)(g)', {
        en: 'Operator of essential services identified before 16 January 2023 and kept as essential by the Member State.',
        nl: 'Aanbieder van essentiële diensten, vóór 16 januari 2023 aangewezen en door de lidstaat als essentieel behouden.',
      })
    : null;

// NIS2 Art. 2(2)(a)(i): providers of public electronic communications networks or publicly available
// electronic communications services, regardless of size. Class by size: large → Art. 3(1)(a); medium →
// Art. 3(1)(c); micro/small → Art. 3(2). Public administrations are not size-tested (see facts.ts).
const electronicCommunications: Rule = (ctx) => {
  if (!isPublicEcnProvider(ctx) && !isPublicEcsProvider(ctx)) return null;
  if (isPublicAdministration(ctx)) return null;
  const size = ctx.read('size_class');
  const label = SIZE_CLASS_LABELS[size];
  const params = { size_class: size };
  if (size === 'large' || size === 'medium')
    return finding(
      'eu.electronic_communications',
      'essential',
      size === 'large' ? 'NIS2 Art. 3(1)(a)' : 'NIS2 Art. 3(1)(c)',
      {
        en: `Provider of public electronic communications networks or services, ${label.en}: essential entity.`,
        nl: `Aanbieder van openbare elektronischecommunicatienetwerken of -diensten, ${label.nl}: essentiële entiteit.`,
      },
      params,
    );
  return finding(
    'eu.electronic_communications',
    'important',
    'NIS2 Art. 3(2)',
    {
      en: `Provider of public electronic communications networks or services, ${label.en}: in scope regardless of size, important entity.`,
      nl: `Aanbieder van openbare elektronischecommunicatienetwerken of -diensten, ${label.nl}: valt ongeacht de omvang onder de richtlijn, belangrijke entiteit.`,
    },
    params,
  );
};

// NIS2 Art. 2(2)(a)(ii): non-qualified trust service providers, regardless of size; large → essential
// (Art. 3(1)(a)), otherwise important (Art. 3(2)). Qualified ones are handled above (Art. 3(1)(b)).
const trustServiceProvider: Rule = (ctx) => {
  if (!isTrustServiceProvider(ctx) || isQualifiedTrustServiceProvider(ctx)) return null;
  if (isPublicAdministration(ctx)) return null;
  const size = ctx.read('size_class');
  const label = SIZE_CLASS_LABELS[size];
  const params = { size_class: size };
  return size === 'large'
    ? finding(
        'eu.trust_service_provider',
        'essential',
        'NIS2 Art. 3(1)(a)',
        {
          en: `Non-qualified trust service provider, ${label.en}: essential entity.`,
          nl: `Niet-gekwalificeerde verlener van vertrouwensdiensten, ${label.nl}: essentiële entiteit.`,
        },
        params,
      )
    : finding(
        'eu.trust_service_provider',
        'important',
        'NIS2 Art. 3(2)',
        {
          en: `Non-qualified trust service provider, ${label.en}: in scope regardless of size, important entity.`,
          nl: `Niet-gekwalificeerde verlener van vertrouwensdiensten, ${label.nl}: valt ongeacht de omvang onder de richtlijn, belangrijke entiteit.`,
        },
        params,
      );
};

// NIS2 Art. 2(4) + Art. 28: entities providing domain name registration services are covered only for the
// registration-data regime (with listing, Art. 3(3), and the ENISA registry, Art. 27); they are neither
// essential nor important.
const domainNameRegistration: Rule = (ctx) =>
  isDomainNameRegistrationService(ctx)
    ? finding(
        'eu.domain_name_registration',
        'out_of_scope',
        'NIS2 Art. 2(4) + Art. 28 (registration-data regime only; Art. 3(3), 27 apply)',
        {
          en: 'Entity providing domain name registration services: not essential or important, but the domain registration data duties (Art. 28) and registration (Art. 3(3), 27) apply.',
          nl: 'Entiteit die domeinnaamregistratiediensten verleent: geen essentiële of belangrijke entiteit, maar de plichten voor domeinnaamregistratiegegevens (art. 28) en registratie (art. 3(3), 27) gelden.',
        },
      )
    : null;

// NIS2 Art. 2(5)(b): education institutions only if the Member State opts in; they are not "research
// organisations" (Art. 6(41)), so the size cap of Annex II point 7 does not bring them in.
const educationInstitution: Rule = (ctx) =>
  isEducationInstitution(ctx)
    ? finding('eu.education_institution', 'out_of_scope', 'NIS2 Art. 2(5)(b) (Member State option)', {
        en: 'Education institution: in scope only where the Member State uses the option of Art. 2(5)(b).',
        nl: 'Onderwijsinstelling: valt alleen onder de richtlijn als de lidstaat de optie van art. 2(5)(b) gebruikt.',
      })
    : null;

// NIS2 Art. 2(1): the size cap — Annex I/II types are in scope only if at least medium-sized. Annex I large →
// essential (Art. 3(1)(a)); Annex I medium and Annex II medium/large → important (Art. 3(2)).
const sizeCap: Rule = (ctx) => {
  if (ctx.entity.size_rule !== 'size_cap') return null;
  if (isPublicAdministration(ctx) || isEducationInstitution(ctx)) return null;
  const size = ctx.read('size_class');
  const label = SIZE_CLASS_LABELS[size];
  const annex = ctx.entity.annex;
  const params = { size_class: size, annex };
  if (size === 'micro' || size === 'small')
    return finding(
      'eu.size_cap_below',
      'out_of_scope',
      'NIS2 Art. 2(1) (below size cap)',
      {
        en: `Entity of a type in Annex ${annex}, ${label.en}: below the size cap (only medium-sized and large entities are in scope).`,
        nl: `Entiteit van een type uit bijlage ${annex}, ${label.nl}: onder de drempel (alleen middelgrote en grote entiteiten vallen onder de richtlijn).`,
      },
      params,
    );
  if (annex === 'I' && size === 'large')
    return finding(
      'eu.size_cap',
      'essential',
      'NIS2 Art. 3(1)(a)',
      {
        en: `Entity of a type in Annex I that exceeds the ceilings for medium-sized enterprises (${label.en}): essential entity.`,
        nl: `Entiteit van een type uit bijlage I die de drempels voor middelgrote ondernemingen overschrijdt (${label.nl}): essentiële entiteit.`,
      },
      params,
    );
  return finding(
    'eu.size_cap',
    'important',
    'NIS2 Art. 3(2) (scope: Art. 2(1))',
    {
      en: `Entity of a type in Annex ${annex}, ${label.en}: in scope (Art. 2(1)) and not essential, so important entity.`,
      nl: `Entiteit van een type uit bijlage ${annex}, ${label.nl}: valt onder de richtlijn (art. 2(1)) en is niet essentieel, dus belangrijke entiteit.`,
    },
    params,
  );
};

// NIS2 Art. 2(1): the Directive covers only types of entity referred to in Annex I or II.
function notListed(ctx: RuleContext) {
  return finding('eu.not_listed', 'out_of_scope', 'NIS2 Art. 2(1) (not in Annex I or II)', {
    en: `No provision of the Directive brings this entity into scope (entity type ${ctx.entity.id}).`,
    nl: `Geen bepaling van de richtlijn brengt deze entiteit onder de reikwijdte (type entiteit ${ctx.entity.id}).`,
  });
}

export const EU_RULES: RegimeRules = {
  regime: 'eu',
  exclusions: [nationalSecurityExclusion, rootNameServerExclusion, doraExemptedExclusion],
  hooks: [
    criticalEntity,
    qualifiedTrustServiceProvider,
    tldNameRegistry,
    dnsServiceProvider,
    centralPublicAdministration,
    regionalPublicAdministration,
    localPublicAdministration,
    memberStateIdentified,
    formerOperatorOfEssentialServices,
    electronicCommunications,
    trustServiceProvider,
    domainNameRegistration,
    educationInstitution,
    sizeCap,
  ],
  fallback: notListed,
};
