/** What every side of a thread shows of a message (oldest first, 200 at most). */
export const THREAD_MESSAGES = {
  orderBy: { createdAt: "asc" },
  take: 200,
  select: {
    id: true,
    from: true,
    body: true,
    createdAt: true,
    author: { select: { firstName: true, lastName: true } },
  },
} as const;
