-- A member whose access was taken away: refused at sign-in and on every request, history kept;
-- and by whom (a manager may give back only what no admin took).
ALTER TABLE "Member" ADD COLUMN "disabledAt" TIMESTAMP(3);
ALTER TABLE "Member" ADD COLUMN "disabledById" TEXT;
