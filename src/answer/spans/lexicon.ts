/** Ships are named like people ("USS Ronald Reagan") but answer no "who" question. */
export const VESSEL_PREFIXES: ReadonlySet<string> = new Set(
  'USS USNS JS HMS HMAS HMCS FS ROKS INS ITS'.split(' '),
);

/** Ranks and titles written before a name; matched token by token, so "Lt. Gen." is two entries. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  `Adm. Admiral Rear Vice Gen. General Lt. Lieutenant Maj. Major Brig. Col. Colonel Capt. Captain Cmdr.
  Commander Cdr. Sgt. Sergeant Cpl. Corporal Pvt. Pfc. Spc. Staff Tech. Master Senior Chief First 1st 2nd
  3rd Class Petty Officer Airman Seaman Ensign Commodore Air Marshal Sen. Senator Rep. Representative
  Gov. Governor Dr. Mr. Mrs. Ms. Miss Prof. Professor Rev. Ambassador President Secretary Minister
  Prime Deputy Under Assistant Acting Defense Chairman Director Judge Justice Mayor King Queen Prince
  Sir Dame Lord Lady Gunnery Warrant Army Navy Marine Force Royal COL LTC MAJ CPT SGT SFC SSG MSG CSM
  Lt.Gen. Maj.Gen. Brig.Gen. Lt.Col.`.split(/\s+/),
);

/** Titles that alone make the following name a person (not just a capitalized word). */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  `Adm. Admiral Gen. General Lt. Lieutenant Maj. Brig. Col. Colonel Capt. Captain Cmdr. Cdr. Sgt.
  Sergeant Cpl. Pvt. Pfc. Spc. Officer Airman Seaman Ensign Commodore Marshal Sen. Senator Rep. Gov.
  Governor Dr. Mr. Mrs. Ms. Miss Prof. Rev. Ambassador President Secretary Minister Director Chairman
  Judge Mayor Sir COL LTC MAJ CPT SGT SFC SSG MSG CSM`.split(/\s+/),
);

/** Last words that make a capitalized run an organization. */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  `Inc. Inc Co Co. Corp. Corp Corporation Company LLC Ltd. Ltd Technologies Engineering Systems Aviation
  Construction Industries Group Agency Command Office Department Squadron Wing Brigade Battalion Division
  Regiment Fleet Force Forces Corps Programs Program Council Ministry University Institute Association
  Services Solutions Laboratory Laboratories Grumman Martin Raytheon Boeing Dynamics Navy Army Staff Team
  Committee Commission Administration Bureau Cell Detachment Unit Group Guard Squadrons Partners Holdings
  Aerospace Defense Electronics Motors Enterprises Contractors International Authority Works Council`.split(
    /\s+/,
  ),
);

/** Words that make a capitalized run a place. */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  `Base Island Islands Sea Ocean Bay Harbor Harbour Arsenal Point Station Facility City County Province
  District Airport Port Peninsula Heights River Lake Mountains Valley Strait Gulf Coast Beach Range
  Field Camp Fort Village Canal Yard Shipyard Depot Airfield Cape`.split(/\s+/),
);

/** Countries, regions, U.S. states and their AP abbreviations, and cities that news often names bare. */
export const PLACE_NAMES: ReadonlySet<string> = new Set(
  `Afghanistan Albania Algeria Argentina Australia Austria Bahrain Belgium Brazil Bulgaria Canada Chile
  China Colombia Croatia Cuba Czechia Denmark Djibouti Egypt Estonia Ethiopia Finland France Germany
  Greece Guam Hawaii Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kenya
  Korea Kosovo Kuwait Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Mexico Montenegro Morocco
  Mozambique Netherlands Nigeria Norway Oman Pakistan Philippines Poland Portugal Qatar Romania Russia
  Saudi Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Thailand
  Tunisia Turkey Ukraine Vietnam Yemen Europe Asia Africa America Pacific Atlantic Arctic Antarctica
  Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Idaho Illinois
  Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi
  Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia
  Washington Wisconsin Wyoming Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La.
  Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I.
  S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C. London Paris Brussels Berlin Tokyo Kabul Baghdad
  Seoul Beijing Moscow Kyiv Toulouse Yokosuka Okinawa Bahrain Norfolk Philadelphia Manchester`.split(/\s+/),
);

/** Prepositions after which a capitalized name is most likely a place. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at near from into to outside off across toward towards aboard around inside within'.split(' '),
);

/** Capitalized words that open sentences or headings but do not name anything. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `The A An This That These Those It Its He She They We I You Our Their His Her In On At For With From To
  By Of And But Or As If When While After Before During Since Until Additionally However Also Other
  Several Many Some Each Every All Both Together Routinely Meanwhile Furthermore Moreover Although Though
  Despite According Acknowledging Overall Finally Today Yesterday Tomorrow There Here What Who
  Where Why How Which Once Currently Recently Previously Later Now Then Still Yet Because Under Over
  Through Throughout Following Prior Upon Across Among Between Within Without Instead Like Unlike Just
  Only Even Whether Whatever No Not Yes January February March April May June July August September
  October November December Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec. Monday Tuesday Wednesday
  Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays`.split(
    /\s+/,
  ),
);
