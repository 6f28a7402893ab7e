import { randomBytes } from 'node:crypto';

export interface AuthCodeGrant {
  clientId: string;
  redirectUri: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  scope: string;
  userObjectId: string;
  /** The authority segment the code was issued under. */
  authority: string;
  nonce?: string;
  expiresAt: number;
}

/** Authorization codes: single use, ten minutes, in memory (a restart ends pending sign-ins, as a real outage would). */
export class AuthCodeStore {
  private codes = new Map<string, AuthCodeGrant>();

  issue(grant: Omit<AuthCodeGrant, 'expiresAt'>): string {
    const code = `1.${randomBytes(48).toString('base64url')}`;
    this.codes.set(code, { ...grant, expiresAt: Date.now() + 600_000 });
    return code;
  }

  redeem(code: string): AuthCodeGrant | undefined {
    const g = this.codes.get(code);
    this.codes.delete(code);
    return g && g.expiresAt > Date.now() ? g : undefined;
  }
}

export interface DeviceCodeGrant {
  userCode: string;
  deviceCode: string;
  clientId: string;
  scope: string;
  authority: string;
  expiresAt: number;
  /** Set once someone signs in at the verification page (or auto-approval). */
  approvedUserObjectId?: string;
}

export const DEVICE_CODE_LIFETIME_SECONDS = 900;
export const DEVICE_CODE_INTERVAL_SECONDS = 5;

export class DeviceCodeStore {
  private byDevice = new Map<string, DeviceCodeGrant>();
  private byUser = new Map<string, DeviceCodeGrant>();

  issue(o: { clientId: string; scope: string; authority: string }): DeviceCodeGrant {
    // Entra's user codes are nine characters from an unambiguous alphabet.
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    const userCode = Array.from(randomBytes(9), (b) => alphabet[b % alphabet.length]).join('');
    const grant: DeviceCodeGrant = {
      ...o,
      userCode,
      deviceCode: `DAQABAAEAAA${randomBytes(96).toString('base64url')}`,
      expiresAt: Date.now() + DEVICE_CODE_LIFETIME_SECONDS * 1000,
    };
    this.byDevice.set(grant.deviceCode, grant);
    this.byUser.set(userCode, grant);
    return grant;
  }

  byUserCode(code: string): DeviceCodeGrant | undefined {
    const g = this.byUser.get(code.trim().toUpperCase());
    return g && g.expiresAt > Date.now() ? g : undefined;
  }

  byDeviceCode(code: string): DeviceCodeGrant | undefined {
    return this.byDevice.get(code);
  }

  /** A redeemed code is gone; a second poll gets the invalid-code error, as in Entra. */
  consume(g: DeviceCodeGrant): void {
    this.byDevice.delete(g.deviceCode);
    this.byUser.delete(g.userCode);
  }
}
