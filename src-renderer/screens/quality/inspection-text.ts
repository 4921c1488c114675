/** "BLA-WO-1051 / J1": a job id that repeats its order's id is shown by its own part only. */
export function orderAndJob(workOrderId: string, jobId: string | null): string {
  if (!jobId) return workOrderId;
  const own = jobId.startsWith(`${workOrderId}-`) ? jobId.slice(workOrderId.length + 1) : jobId;
  return `${workOrderId} / ${own}`;
}
