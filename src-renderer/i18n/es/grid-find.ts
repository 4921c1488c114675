import type { CatalogueOf } from '../catalogue-shape';
import type { gridFind as en } from '../en/grid-find';

/** La paginación y la barra de búsqueda de una tabla. */
export const gridFind: CatalogueOf<typeof en> = {
  gridFind: {
    onHold: ' (retenida)',
    previous: '‹ {{count}} anteriores',
    next: '{{count}} siguientes ›',
    locked: 'Primero guarde o descarte los registros sin guardar',
    lockedHint:
      'Guarde o descarte los registros sin guardar para buscar, ordenar, filtrar o cambiar de página.',
    search: 'Buscar',
    searchPlaceholder: 'Orden, código, nombre…',
    filter: 'Filtrar',
    filterValue: 'Valor del filtro',
    showOnly: 'Mostrar solo',
    searching: 'Búsqueda: “{{text}}”',
    removeFilter: 'Quitar el filtro {{column}}: {{value}}',
    sortedAsc: 'Ordenado por {{column}} (ascendente)',
    sortedDesc: 'Ordenado por {{column}} (descendente)',
  },
};
