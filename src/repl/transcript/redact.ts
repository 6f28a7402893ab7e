/**
 * Keeps secrets out of transcripts: a command line that carries one is replaced by a
 * marker, the literal values it carried are remembered and masked wherever they show up
 * in later output, and token-shaped text (JWTs, bearer tokens, key=value secrets) is
 * masked on sight.
 */
import { isSensitiveHistoryLine } from '../history/index.js';

export const REDACTED = '********';
export const REDACTED_COMMAND = `${REDACTED} (command line redacted: it carries a secret)`;

const QUOTED = /'((?:[^']|'')*)'|"((?:[^"`]|`.)*)"/g;
const SECRET_ARGUMENT = /-(?:password|accesstoken|certificatepassword|clientsecret|token|apikey|secret)\s*:?\s*([^\s'"$(@{][^\s;|)]*)/gi;
const JWT = /\beyJ[\w-]{6,}\.[\w-]{6,}\.[\w-]*/g;
const BEARER = /\b(Bearer\s+)[\w\-.~+/]{8,}=*/gi;
const KEY_VALUE = /\b((?:client_?secret|password|passwd|pwd|access_?token|refresh_?token|api_?key|secret)\s*[:=]\s*)("?)[^\s",;&]+\2/gi;

/** The shortest literal worth masking: shorter ones ('a', '1') would mask ordinary output. */
const MIN_SECRET_LENGTH = 4;

export class SecretMask {
  private readonly known = new Set<string>();

  /** The command line as the transcript shows it; a sensitive line's literals are remembered. */
  commandLine(line: string): string {
    if (!isSensitiveHistoryLine(line)) return line;
    for (const m of line.matchAll(QUOTED)) this.remember(m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '').replace(/`(.)/g, '$1'));
    for (const m of line.matchAll(SECRET_ARGUMENT)) this.remember(m[1] ?? '');
    return REDACTED_COMMAND;
  }

  /** Output text with every secret masked. */
  text(text: string): string {
    let out = text.replace(JWT, REDACTED).replace(BEARER, `$1${REDACTED}`).replace(KEY_VALUE, `$1$2${REDACTED}$2`);
    for (const secret of this.known) out = out.split(secret).join(REDACTED);
    return out;
  }

  private remember(value: string): void {
    if (value.length >= MIN_SECRET_LENGTH) this.known.add(value);
  }
}
