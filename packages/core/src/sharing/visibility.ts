// The one visibility rule of shared information lives in platform/tlp-visibility.ts, below the object
// policies (platform/policies.ts delegates to it) and below sharing; sharing offers it under its own name.
export {
  isClientOf,
  mayPassOnToClients,
  mayRead,
  TLP_AUDIENCE,
  type SharedObjectAudience,
  type SharingViewer,
  type TlpAudience,
} from '../platform/tlp-visibility.ts';
