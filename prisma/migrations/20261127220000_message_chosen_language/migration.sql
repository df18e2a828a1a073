-- The language chosen in the editor, apart from the one linted in: a draft saved with "Auto"
-- reopens with Auto, not fixed to the language detected at the save.
ALTER TABLE "Message" ADD COLUMN "chosenLanguage" TEXT;
