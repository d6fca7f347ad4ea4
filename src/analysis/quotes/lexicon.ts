/** Word lists the quote extractor uses to recognise speakers, titles and reporting verbs. */

const phraseSet = (phrases: string): ReadonlySet<string> =>
  new Set(
    phrases
      .split('|')
      .map((phrase) => phrase.trim())
      .filter(Boolean),
  );

/**
 * Ranks and honorifics written before a name, as whole units ("Petty Officer 2nd Class" is read
 * as "Petty Officer" + "2nd Class"). Combined freely: "Lt. Gen.", "Rear Adm.", "Senior Master Sgt.".
 */
export const RANK_UNITS = phraseSet(`
  Gen. | General | Lt. | Lieutenant | Maj. | Major | Col. | Colonel | Capt. | Captain | Cmdr. | Cdr. |
  Commander | Adm. | Admiral | Rear | Vice | Commodore | Air Commodore | Brig. | Brigadier | Sgt. |
  Sergeant | Staff | Master | Senior | Chief | First | Command | Technical | Tech. | Ens. | Ensign |
  Cpl. | Corporal | Lance | Pvt. | Private | Pfc. | Spc. | Specialist | Airman | Seaman | Petty Officer |
  Warrant Officer | Chief Warrant Officer | 1st Class | 2nd Class | 3rd Class |
  Mass Communication Specialist | Marshal | Air Marshal | Air Vice-Marshal | Air Chief Marshal |
  GEN | LTG | MG | BG | COL | LTC | MAJ | CPT | 1LT | 2LT | CW2 | CW3 | CW4 | CW5 | CSM | SGM | 1SG | MSG |
  SFC | SSG | SGT | CPL | SPC | PFC | PV2 | ADM | VADM | RADM | RDML | CAPT | CDR | LCDR | LT | LTJG | ENS |
  Mr. | Mrs. | Ms. | Miss | Dr. | Prof. | Rev. | Sen. | Rep. | Gov. | Hon. | Amb. | Sir | Dame | Lord
`);

/** Services and nations that may stand before a rank: "Royal Air Force Air Commodore", "Navy Rear Adm.". */
export const SERVICE_UNITS = phraseSet(`
  Navy | Army | Air Force | Royal Air Force | Royal Navy | Royal Australian Navy | Royal Australian Air Force |
  Marine Corps | Marine | Marines | Coast Guard | Space Force | National Guard | Air National Guard |
  Army National Guard | Army Reserve | Navy Reserve | Air Force Reserve | U.S. | British | Australian |
  Japanese | French | German | Canadian
`);

/**
 * Civilian titles written before a name when there is no rank ("Defense Secretary Chuck Hagel",
 * "Ambassador John Berry", "The Honorable Sasha Baker"). Capitalised words before them
 * ("Defense", "SDA") belong to the title.
 */
export const CIVILIAN_TITLE_UNITS = phraseSet(`
  Secretary | Under Secretary | Deputy Secretary | Assistant Secretary | Ambassador | The Honorable |
  Honorable | President | Vice President | Director | Deputy Director | Senator | Representative |
  Governor | Mayor | Minister | Prime Minister | Chairman | Chairwoman | Chair | Judge | Justice |
  Chancellor | Sheriff | Administrator | Commissioner | Spokesman | Spokeswoman | Spokesperson |
  Superintendent | Councilman | Councilwoman | Congressman | Congresswoman | Delegate | Speaker |
  House Speaker | Leader | Majority Leader | Minority Leader | Attorney General | Nominee | Candidate
`);

/** Words that follow a surname as part of the name. */
export const NAME_SUFFIXES = phraseSet('Jr. | Sr. | II | III | IV | Jr | Sr');

/** Reporting verbs that link a quote to its speaker: "…,” James said." / "said Rear Adm. …". */
export const REPORTING_VERBS =
  'said|says|say|added|adds|explained|explains|noted|notes|stated|states|asked|asks|continued|' +
  'continues|recalled|recalls|commented|comments|remarked|remarks|told|tells|wrote|writes|' +
  'emphasized|emphasizes|stressed|stresses|insisted|insists|warned|warns|replied|replies|answered|' +
  'agreed|agrees|concluded|concludes|observed|acknowledged|admitted|argued|argues|declared|' +
  'announced|tweeted|posted|predicted|cautioned|conceded|quipped|joked|recounted|described|' +
  'pointed out|went on|shared|responded|reiterated|urged|echoed|affirmed|maintained|contended|put it';

/**
 * Words in the text before a quote that show the sentence's subject is speaking:
 * "Lavigne … by encouraging the audience to, “…”", "James … by citing a saying, “…”".
 */
export const SPEECH_CUES = new RegExp(
  `\\b(?:${REPORTING_VERBS}|saying|adding|noting|explaining|encouraging|encouraged|reminding|reminded|` +
    'citing|cited|urging|stating|telling|asking|calling|called|describing|remarking|declaring|quoting|' +
    'quoted|according to|put it|spoke|speaking|wrote|writing|statement|remarks|address|message|reports|' +
    'reported|claiming|claims|claimed|accused|accusing|accuse|dismissed|describing|calls|vowed|vowing|' +
    'ruled|tweeted|tweeting|promised|promising|pledged|pledging|insisting|warning|arguing|' +
    'announcing|admitting|acknowledging|recalling|questioned|questioning|praised|praising|' +
    'criticized|blasted|slammed|labeled|labelled|dubbed|branded|referred|sings|sang|chanted|shouted|' +
    'yelled|read|reads)\\b',
  'i',
);

/** Nouns that can stand for a person already named: "the secretary said", "the admiral added". */
export const PERSON_NOUNS = phraseSet(`
  secretary | admiral | general | commander | captain | colonel | officer | official | director |
  ambassador | senator | minister | president | chief | spokesman | spokeswoman | spokesperson |
  sergeant | major | lieutenant | governor | mayor | chairman | leader | manager | coordinator
`);

/** Words that end the names of units and organizations, never a person's: "1st Space Brigade". */
export const ORGANIZATION_WORDS = phraseSet(`
  Brigade | Battalion | Company | Squadron | Wing | Group | Fleet | Command | Force | Forces | Division |
  Regiment | Corps | Center | Centre | Agency | Department | Office | Base | University | Navy | Army |
  Council | Committee | Ministry | Service | Services | Team | Unit | Station | Institute | Association |
  House | Party | Administration | Court | Congress | Senate | Bureau | Staff | Cell | Program | Project |
  Initiative | Symposium | Summit | Conference | Exercise | Operation | Operations | Alliance | Partners |
  Systems | Technologies | Inc | Corp | LLC | Group | Times | Post | News | Journal | Network | Media
`);
