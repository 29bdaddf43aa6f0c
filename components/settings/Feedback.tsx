/** The outcome of a settings action: an error (role="alert") wins over a status line. */
export function Feedback({ error, status, area }: { error?: string | null; status?: string | null; area: string }) {
  if (error) {
    return (
      <p role="alert" class="set-error" data-error-for={area}>
        {error}
      </p>
    );
  }
  return status ? (
    <p role="status" class="set-status">
      {status}
    </p>
  ) : null;
}
