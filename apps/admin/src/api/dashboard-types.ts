import type {
  SchemaAreaFigureDto,
  SchemaHeatMapRowDto,
  SchemaIndicatorFigureDto,
  SchemaOrganisationDashboardDto,
  SchemaPartnershipDashboardDto,
} from '@pies/api-client';

// The dashboards' bodies as openapi.json declares them (generated from the API's DTOs), under
// the names the dashboard screens use.

export type AreaFigure = SchemaAreaFigureDto;
export type HeatMapRow = SchemaHeatMapRowDto;
export type IndicatorFigure = SchemaIndicatorFigureDto;
export type PartnershipDashboard = SchemaPartnershipDashboardDto;
export type OrganisationDashboard = SchemaOrganisationDashboardDto;
