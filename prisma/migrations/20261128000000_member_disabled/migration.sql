-- A member whose access was taken away: refused at sign-in and on every request, history kept.
ALTER TABLE "Member" ADD COLUMN "disabledAt" DATETIME;
