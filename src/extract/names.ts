// Shapes of personal names, shared by person detection and coreference.

/** One capitalised name word: "Ana", "O’Neill", "Jae-in", "McDonald". */
export const NAME_TOKEN = "\\p{Lu}[\\p{Ll}\\p{M}]*(?:(?:['’-]?\\p{Lu}|-\\p{Ll})[\\p{Ll}\\p{M}]*)*";

/** Capitalised words that start sentences or name things other than people. */
export const NOT_NAME = new Set(
  `The A An He She It They We I You This That These Those But However And Or Meanwhile Also In On At
  Furthermore Moreover Its Their His Her Our My There Here According While When After Before As Still Yet So If
  Although Despite During For From With Without By To Of Under Over Between Among Since Until Then Now Today
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Government Ministry Foreign Affairs Defense Defence Forces Army Navy Force
  Office Department State Council Committee Parliament Agency Bank Games Olympic Olympics Summit
  Association Nations Union Organization Organisation Republic Kingdom Federation Party Court Self-Defense
  North South East West Northern Southern Eastern Western Central Southeast Asian European African Pacific
  Atlantic Arctic Ocean Sea Gulf Strait Island Islands Chief Cabinet Senior Deputy Vice Acting
  Former Mr Mrs Ms Dr Prof Sen Gen Rep Amb News Times Post Press Daily Reuters Twitter Facebook`.split(/\s+/),
);
