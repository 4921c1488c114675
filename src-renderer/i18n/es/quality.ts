import type { CatalogueOf } from '../catalogue-shape';
import type { quality as en } from '../en/quality';

/** Calidad: las inspecciones y sus defectos. */
export const quality: CatalogueOf<typeof en> = {
  quality: {
    title: 'Calidad',
    pick: 'Las inspecciones se capturan por cliente, uno a la vez. Elija el cliente:',
    pickPeriod: 'Elija un periodo arriba para ver y capturar inspecciones.',
    plural: 'inspecciones',
    gridTitle: 'Inspecciones · {{client}} · {{period}}',
    periodRange: '{{from}} al {{to}}',
    empty:
      'No hay inspecciones de {{client}} en este periodo. Escriba una en el último renglón y luego Ctrl+Enter; sus defectos van en la tabla de abajo.',
    moveToLog: 'Guarde una inspección y ponga el cursor en ella para registrar aquí sus defectos.',
    defectsTitle: 'Defectos de {{inspection}}, {{date}}',
    defectsTitleCount: 'Defectos de {{inspection}}, {{date}} ({{count}})',
    defectsEmpty:
      'No hay defectos registrados en esta inspección. Escriba uno por renglón en el último: tipo, causa raíz, descripción, marcas.',
    setTotal: 'Poner el total de defectos en {{count}}',
    totalSet: 'Total de defectos puesto en {{count}}.',
    conflict: 'Alguien más cambió esta inspección; se volvió a cargar.',
    noTotal: 'La inspección no tiene total de defectos',
    says_one: 'La inspección dice {{count}} defecto',
    says_many: 'La inspección dice {{count}} defectos',
    says_other: 'La inspección dice {{count}} defectos',
    logged_one: '{{says}}; aquí hay {{count}} defecto registrado.',
    logged_many: '{{says}}; aquí hay {{count}} defectos registrados.',
    logged_other: '{{says}}; aquí hay {{count}} defectos registrados.',
    short_one:
      '{{message}} Cada una de las {{defective}} unidades defectuosas tiene al menos un defecto: registre {{count}} defecto más o corrija las unidades defectuosas.',
    short_many:
      '{{message}} Cada una de las {{defective}} unidades defectuosas tiene al menos un defecto: registre {{count}} defectos más o corrija las unidades defectuosas.',
    short_other:
      '{{message}} Cada una de las {{defective}} unidades defectuosas tiene al menos un defecto: registre {{count}} defectos más o corrija las unidades defectuosas.',
  },
};
