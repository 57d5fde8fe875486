"""Excel in and out (issue #6): read the rosters clerks already keep, write every register.

- ``values``      one cell to one stored value: text, dates in every form clerks type, ID numbers
                  (and ID numbers Excel has damaged), gender, category, education, ethnicity;
- ``reader``      open a .xlsx (openpyxl ``read_only``), its sheets and rows, merged cells;
- ``headers``     find the header row under the title rows and map columns to fields;
- ``importing``   what every importer shares: the importer interface, problems, the column mapping
                  (checked, remembered per importer and layout);
- ``roster_import`` the check report of a roster sheet (nothing written) and the import itself
                  (one transaction, through ``members.add_member`` / ``update_member``);
- ``assets_import`` the same for a village's asset list into one activity site;
- ``writer``      a register as a .xlsx: title, frozen header, widths, print setup, atomic write;
- ``exports``     the registers that exist (roster, meetings and attendance) and blank templates.

openpyxl is imported inside the functions that need it, never at GUI start-up (TECH-NOTES: ≈ 0.16 s).
"""
