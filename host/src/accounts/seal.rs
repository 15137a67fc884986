//! The operator's master key and the AEAD (AES-256-GCM) that seals each account's API
//! key under it, bound to the account's id so a sealed key cannot be moved to another row.

use aes_gcm::aead::rand_core::RngCore;
use aes_gcm::aead::{Aead, KeyInit, OsRng, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;

/// Where the master key is read from, for messages.
pub const MASTER_KEY_VAR: &str = "SMARTLEAD_MASTER_KEY";

/// The first byte of what this version seals: a later layout gets another.
const VERSION: u8 = 1;
const NONCE_LEN: usize = 12;

/// Seals and opens API keys under the operator's master key.
#[derive(Clone)]
pub struct Sealer {
    cipher: Aes256Gcm,
}

impl Sealer {
    /// The master key as 64 hex digits or as base64 of 32 bytes (`openssl rand -hex 32`).
    pub fn from_text(text: &str) -> Result<Sealer, String> {
        let text = text.trim();
        let bytes = if text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
            (0..32).map(|i| u8::from_str_radix(&text[2 * i..2 * i + 2], 16).expect("checked hex")).collect()
        } else {
            base64::engine::general_purpose::STANDARD.decode(text).unwrap_or_default()
        };
        let key: [u8; 32] = bytes.try_into().map_err(|_| {
            format!("the master key must be 32 bytes, written as 64 hex digits or in base64; make one with `openssl rand -hex 32` and give it in {MASTER_KEY_VAR} or --master-key-file")
        })?;
        Ok(Sealer { cipher: Aes256Gcm::new(&key.into()) })
    }

    /// `secret` sealed for the row named `owner`: version, a fresh nonce, ciphertext and tag.
    pub fn seal(&self, owner: &str, secret: &str) -> Vec<u8> {
        let mut nonce = [0u8; NONCE_LEN];
        OsRng.fill_bytes(&mut nonce);
        let sealed = self.cipher.encrypt(Nonce::from_slice(&nonce), Payload { msg: secret.as_bytes(), aad: &aad(owner) }).expect("AES-GCM seals any message this size");
        [&[VERSION][..], &nonce, &sealed].concat()
    }

    /// What `seal(owner, …)` sealed; `None` when another master key sealed it, it was
    /// sealed for another row, or it was changed.
    pub fn open(&self, owner: &str, sealed: &[u8]) -> Option<String> {
        let (&version, rest) = sealed.split_first()?;
        if version != VERSION || rest.len() < NONCE_LEN {
            return None;
        }
        let (nonce, ciphertext) = rest.split_at(NONCE_LEN);
        let plain = self.cipher.decrypt(Nonce::from_slice(nonce), Payload { msg: ciphertext, aad: &aad(owner) }).ok()?;
        String::from_utf8(plain).ok()
    }
}

fn aad(owner: &str) -> Vec<u8> {
    format!("smartlead-account:{owner}").into_bytes()
}

/// A random id with a prefix, e.g. `acct_3f9c…` (16 hex digits).
pub fn random_id(prefix: &str) -> String {
    let mut bytes = [0u8; 8];
    OsRng.fill_bytes(&mut bytes);
    format!("{prefix}{}", data_encoding::HEXLOWER.encode_display(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEX: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    #[test]
    fn a_sealed_key_opens_only_with_its_master_key_and_for_its_row() {
        let sealer = Sealer::from_text(HEX).unwrap();
        let sealed = sealer.seal("acct_1", "the-api-key");
        assert!(!sealed.windows(11).any(|w| w == b"the-api-key"), "the key is not in clear");
        assert_eq!(sealer.open("acct_1", &sealed).as_deref(), Some("the-api-key"));
        assert_eq!(sealer.open("acct_2", &sealed), None, "bound to its row");
        let other = Sealer::from_text(&HEX.replace("00", "ff")).unwrap();
        assert_eq!(other.open("acct_1", &sealed), None, "another master key opens nothing");
        let mut changed = sealed.clone();
        *changed.last_mut().unwrap() ^= 1;
        assert_eq!(sealer.open("acct_1", &changed), None);
        assert_ne!(sealer.seal("acct_1", "the-api-key"), sealed, "a fresh nonce each time");
    }

    #[test]
    fn the_master_key_is_read_as_hex_or_base64_and_nothing_else() {
        let base64 = base64::engine::general_purpose::STANDARD.encode((0u8..32).collect::<Vec<_>>());
        let (a, b) = (Sealer::from_text(HEX).unwrap(), Sealer::from_text(&format!(" {base64}\n")).unwrap());
        assert_eq!(b.open("x", &a.seal("x", "k")).as_deref(), Some("k"), "the same 32 bytes either way");
        for bad in ["", "short", &HEX[..62], "passw0rd-passw0rd-passw0rd-passw0rd"] {
            let e = Sealer::from_text(bad).err().unwrap();
            assert!(e.contains("openssl rand -hex 32"), "{e}");
        }
    }
}
