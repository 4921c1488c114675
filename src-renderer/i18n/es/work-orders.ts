import type { CatalogueOf } from '../catalogue-shape';
import type { workOrders as en } from '../en/work-orders';

/** Órdenes de trabajo: la cartera de órdenes y los trabajos de cada una. */
export const workOrders: CatalogueOf<typeof en> = {
  workOrders: {
    title: 'Órdenes de trabajo',
    pick: 'Las órdenes de trabajo se llevan por cliente. Elija el cliente cuyas órdenes quiere ver:',
    status: 'Estado',
    open: 'Abiertas (activas o retenidas)',
    all: 'Todas',
    plural: 'órdenes de trabajo',
    gridTitle: 'Órdenes de trabajo · {{client}}',
    noMatch: 'Ninguna orden de trabajo coincide: elija otro estado para ver más.',
    noneYet:
      'Todavía no hay órdenes de trabajo. Escriba una en el último renglón o use Importar CSV… para traer la cartera de órdenes.',
    noneAsk: 'Todavía no hay órdenes de trabajo. Las da de alta un líder; pídale al suyo la que falte.',
    moveToSee: 'Ponga el cursor en una orden de trabajo guardada para ver aquí sus trabajos.',
    jobsTitle: 'Trabajos de {{order}}',
    noJobsPlan: '{{order}} no tiene trabajos. Escriba sus partidas en el último renglón.',
    noJobs: '{{order}} no tiene trabajos.',
  },
};
