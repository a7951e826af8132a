/** A refusal answered through the socket acknowledgement: `{ ok: false, code, message }`. */
export class LiveError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
