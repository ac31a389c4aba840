/**
 * Groups works under the topics they are filed under, keeping each topic's
 * works in the given order and every topic in `topicIds` order, even those
 * with no work yet (their pages still exist and say so).
 */
export function groupByTopic<T extends { topics: readonly string[] }>(
  items: readonly T[],
  topicIds: readonly string[],
): Map<string, T[]> {
  const groups = new Map(topicIds.map((id) => [id, [] as T[]]));
  for (const item of items) {
    for (const topic of item.topics) groups.get(topic)?.push(item);
  }
  return groups;
}
