/** A JSON answer independent of the HTTP stack: route handlers turn it into a Response, the production server writes it to the socket. */
export interface HttpAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export function asResponse(answer: HttpAnswer): Response {
  return Response.json(answer.body, { status: answer.status, headers: answer.headers });
}
