// connect.js: opens a smartlead connect page (from `POST /connect/sessions`) in a popup
// or an iframe and settles with the end user's linked account. Served by `smartlead
// serve` at /connect.js and shipped in the npm package as `smartlead-component/connect`.
// It holds nothing secret; the key goes from the page to the gateway alone.

const MESSAGE_TYPE = "smartlead:connect";

/** Why openConnect rejected: `closed`, `expired`, `used`, `exhausted`, `unknown` or `blocked`. */
export class ConnectError extends Error {
  constructor(kind, message) {
    super(message);
    this.name = "ConnectError";
    this.kind = kind;
  }
}

/**
 * Opens the connect page at `url` and resolves with `{ integrated_account_id }` once the
 * end user linked their account; rejects with a ConnectError when they close it, when
 * the link expires (at `expiresAt`, or as the page says), or when it is used up.
 * Call it from a click, or the browser may block the popup.
 */
export function openConnect({ url, mode = "popup", container, expiresAt, width = 480, height = 720 } = {}) {
  return new Promise((resolve, reject) => {
    if (typeof url !== "string" || !url) {
      reject(new TypeError("openConnect needs the url of a connect session (POST /connect/sessions)"));
      return;
    }
    const page = new URL(url, window.location.href);
    // The page posts its outcome only to an origin its session allows; it learns ours
    // here, and the browser delivers only if it is true.
    page.hash = "origin=" + encodeURIComponent(window.location.origin);
    let target = null;
    let frame = null;
    if (mode === "iframe") {
      frame = document.createElement("iframe");
      frame.src = page.href;
      frame.title = "Link your Smartlead account";
      frame.style.cssText = `width:${width}px;height:${height}px;max-width:100%;border:0`;
      (container || document.body).appendChild(frame);
      target = frame.contentWindow;
    } else {
      const left = Math.max(0, (window.screen.width - width) / 2);
      const top = Math.max(0, (window.screen.height - height) / 2);
      target = window.open(page.href, "smartlead-connect", `popup,width=${width},height=${height},left=${left},top=${top}`);
      if (!target) {
        reject(new ConnectError("blocked", "the browser blocked the connect popup: call openConnect from a click"));
        return;
      }
    }
    const timers = [];
    const settle = (outcome, value) => {
      window.removeEventListener("message", onMessage);
      timers.forEach((t) => clearInterval(t));
      if (frame) frame.remove();
      else if (!target.closed) target.close();
      outcome(value);
    };
    function onMessage(event) {
      if (event.origin !== page.origin || event.source !== target) return;
      const data = event.data;
      if (!data || data.type !== MESSAGE_TYPE) return;
      if (typeof data.integrated_account_id === "string") {
        settle(resolve, { integrated_account_id: data.integrated_account_id });
      } else {
        const error = data.error || {};
        settle(reject, new ConnectError(error.kind || "unknown", error.message || "the connect page reported a failure"));
      }
    }
    window.addEventListener("message", onMessage);
    if (!frame) {
      timers.push(setInterval(() => target.closed && settle(reject, new ConnectError("closed", "the connect window was closed before an account was linked")), 250));
    }
    if (expiresAt) {
      const at = new Date(expiresAt).getTime();
      timers.push(setInterval(() => Date.now() >= at && settle(reject, new ConnectError("expired", "the connect link expired before an account was linked")), 1000));
    }
  });
}
