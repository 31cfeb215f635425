export * from './models/index';
export * from './format/format';
export * from './charts/radar-chart';
export * from './charts/bar-chart';
export { escapeXml } from './charts/svg';
export * from './handlebars/environment';
export * from './pdf/pdf-renderer';
export { headerTemplate, footerTemplate, escapeHtml } from './pdf/header-footer';
export * from './render/render-reports';
