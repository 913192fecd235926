import Loaders

extension AreaScaffold {
    /// The header line a loader reads, its optional columns named after it.
    static func header(required: [String], optional: [String]) -> String {
        let line = "`" + (required + optional).joined(separator: ",") + "`"
        return optional.isEmpty ? line : line + " (optional: " + optional.map { "`\($0)`" }.joined(separator: ", ") + ")"
    }

    /// The new area's `README.md`: where each public file comes from, and how to ask for
    /// each record-level extract, with the columns sna reads from each.
    static let readme = #"""
# Our serious violence strategic needs assessment

This folder holds one area's assessment for `sna`. `assessment.yml` says where every
file is (paths are relative to it). Fill in `force_code`, put the public files below in
their folders, and run:

```sh
sna check --config assessment.yml                   # what became of every row of every file
sna generate --config assessment.yml --output Output
```

The first report needs only the public files. The record-level extracts from the force,
the emergency department and the trauma network add the sections on serious violence,
violence the police never see and the forecast; add each one as it arrives and remove
the `#` before its line in `assessment.yml`.

## Public files

All of them are Crown copyright, released under the Open Government Licence v3.0. A
report built from them must carry the attribution: "Contains public sector information
licensed under the Open Government Licence v3.0." (sna's report does.)

| folder | what to put there | where it comes from |
|---|---|---|
| `police-uk/` | the force's monthly street-level crime files, `YYYY-MM/YYYY-MM-<force>-street.csv`, at least the twelve months to the end of the quarter assessed (three years or more give seasonality and forecasts) | data.police.uk: *Downloads*, or a monthly archive from *Archive*, unzipped as it comes |
| `population/` | the ONS mid-year population estimates by single year of age, sheet MYE2 of the workbook saved as three CSV files whose names say `persons`, `males` and `females` and `mid-YYYY`, for example `mid-2019-population-persons-by-single-year-of-age.csv` | ONS: *Population estimates for the UK, England and Wales, Scotland and Northern Ireland* |
| `geography/lsoa-lookup.csv` | every LSOA to its local authority district, with its rank in the English Index of Multiple Deprivation: columns `LSOA..CD`, `LSOA..NM`, `LAD..CD`, `LAD..NM`, `IMD..` | ONS Open Geography Portal (LSOA to local authority district lookup), joined with the IMD rank from the English Indices of Deprivation (File 1) |
| `geography/area-lookup.csv` | every local authority district to its community safety partnership and police force area: `LAD..CD`, `LAD..NM`, `CSP..CD`, `CSP..NM`, `PFA..CD`, `PFA..NM` | ONS Open Geography Portal (local authority district to community safety partnership to police force area lookup) |
| `comparators/` | optional: the ONS police force area data tables P1 (offences) and P3 (rates per 1,000), in long format `area_code,area_name,offence_group,offences,rate_per_1000,population_mid_year_used`, one file per year named `...year-ending-<month>-<YYYY>.csv` | ONS: *Crime in England and Wales: police force area data tables* |

Lookups of newer boundaries work too: columns are found by pattern, so `LSOA21CD` or
`LAD23CD` are read as well as `LSOA11CD` and `LAD19CD`. Use lookups of the same
boundaries as the police.uk files' LSOA codes and the population estimates.

## Record-level extracts (confidential)

These hold personal data. Ask for them under the partnership's information sharing
agreement for the Serious Violence Duty, keep them out of any public repository, and
note that sna suppresses counts below `disclosure.minimum_count` from them before
anything is written. Each is a CSV file with a header line; headers are matched without
regard to case, and the accepted values of each coded field are in sna's
`Sources/Loaders/Records/RecordValues.swift`.

- **`police/records.csv`, the force's crime extract.** Ask the force's performance or
  crime data team for one row per recorded crime over the same months as the police.uk
  files: crime reference, Home Office offence code, the date and time committed and the
  date recorded, the LSOA, the domestic abuse and alcohol flags, weapon, victim and
  suspect age and sex, and, if it can be shared, a pseudonymous linkage key.
- **`health/ae-assaults.csv`, A&E assaults.** Ask the emergency department's trust for
  its Information Sharing to Tackle Violence (ISTV) return: the ISB 1594 minimum data set
  (date and time, place and means of assault, location type, age, sex, alcohol), with the
  incident's LSOA where the trust adds it. Trusts send it monthly to the community safety
  partnership; the trust's ISTV lead or information governance team can say how.
- **`trauma/major-trauma.csv`, major trauma.** Ask the regional major trauma network's
  registry (the network's data manager) for assault-related and all major trauma
  patients: incident and arrival times, age, sex, intent, mechanism, Injury Severity
  Score, 30-day outcome, receiving site and incident LSOA.

The columns sna reads:

- `police/records.csv`: \#(header(required: PoliceRecordLoader.requiredColumns, optional: PoliceRecordLoader.optionalColumns))
- `health/ae-assaults.csv`: \#(header(required: EmergencyDepartmentLoader.requiredColumns, optional: EmergencyDepartmentLoader.optionalColumns))
- `trauma/major-trauma.csv`: \#(header(required: MajorTraumaLoader.requiredColumns, optional: MajorTraumaLoader.optionalColumns))

A pseudonymous linkage key, made the same way by the police and the trust, lets sna
estimate the violence neither source sees (capture-recapture); without it the sections
still compare the two sources' counts.

## Templates

sna writes the report with its built-in templates. To change the wording, run
`sna templates --export templates`, edit the files in `templates/`, and add
`templates: templates` to `assessment.yml`.

"""#
}
