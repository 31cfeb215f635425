export * from './models/index';
export * from './format/format';
export * from './charts/radar-chart';
export * from './charts/bar-chart';
export * from './handlebars/environment';
export * from './pdf/pdf-renderer';
export * from './render/render-reports';
