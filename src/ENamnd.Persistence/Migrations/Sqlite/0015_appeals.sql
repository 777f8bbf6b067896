-- An appeal (överklagande) of a committee decision: the day it was registered, who appealed, and when decided the
-- court's outcome and its day (yyyy-MM-dd dates). A decision under appeal does not gain legal force at the end of the
-- time to appeal.
ALTER TABLE meeting_decisions ADD COLUMN appeal_registered_on TEXT NULL;
ALTER TABLE meeting_decisions ADD COLUMN appeal_by TEXT NULL;
ALTER TABLE meeting_decisions ADD COLUMN appeal_outcome TEXT NULL;
ALTER TABLE meeting_decisions ADD COLUMN appeal_decided_on TEXT NULL;
