-- The district's own regions (its regency, kecamatan and villages, and its province), copied from
-- slrt_platform.region when the tenant is provisioned, so that the tenant schema is complete on
-- its own even when it lives on another database server.
CREATE TABLE region (
  code        VARCHAR(13)  NOT NULL PRIMARY KEY,
  parent_code VARCHAR(10)  NULL,
  level       VARCHAR(10)  NOT NULL,
  name        VARCHAR(100) NOT NULL,
  INDEX region_parent (parent_code)
) ENGINE = InnoDB;
