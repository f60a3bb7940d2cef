"""帳票 inventories and vendor answers: CSV/xlsx readers and the vendor Fit&Gap sheet."""
