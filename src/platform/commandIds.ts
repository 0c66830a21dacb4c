/**
 * Every command Lead Review contributes, by one name each. A unit test holds this map to
 * `contributes.commands` in package.json; code never types a command id as a string.
 */
export const COMMANDS = {
  openQuestionnaire: 'leadReview.openQuestionnaire',
  writeReflection: 'leadReview.writeReflection',
  openLatestReflection: 'leadReview.openLatestReflection',
  discardDraft: 'leadReview.discardDraft',
  writeTrendReport: 'leadReview.writeTrendReport',
  commitReflection: 'leadReview.commitReflection',
  customizeQuestionnaire: 'leadReview.customizeQuestionnaire',
  readPrivateText: 'leadReview.readPrivateText',
  connectCalendarFeed: 'leadReview.connectCalendarFeed',
  writeReviewPacket: 'leadReview.writeReviewPacket',
  insertChartBlock: 'leadReview.insertChartBlock',
} as const;
