-- When a household became covered: one member proficient in all five skills.
ALTER TABLE household ADD COLUMN covered_at TIMESTAMP(6) NULL;
