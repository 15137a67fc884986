// Types of connect.js: open a smartlead connect page and get the end user's linked account.

/** How openConnect failed. */
export type ConnectErrorKind = "closed" | "expired" | "used" | "exhausted" | "unknown" | "blocked";

export class ConnectError extends Error {
  readonly kind: ConnectErrorKind;
  constructor(kind: ConnectErrorKind, message: string);
}

export interface OpenConnectOptions {
  /** The `url` of a connect session, from `POST /connect/sessions`. */
  url: string;
  /** A popup window (the default) or an iframe in `container`. */
  mode?: "popup" | "iframe";
  /** Where the iframe goes [default: document.body]. */
  container?: HTMLElement;
  /** The session's `expires_at`: openConnect rejects with `expired` then. */
  expiresAt?: string | Date;
  width?: number;
  height?: number;
}

export interface Connected {
  /** The linked account: name it in `x-smartlead-account` or `integrated_account_id`. */
  integrated_account_id: string;
}

/** Opens the page and resolves once the end user linked their account. */
export function openConnect(options: OpenConnectOptions): Promise<Connected>;
