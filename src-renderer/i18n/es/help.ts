import type { CatalogueOf } from '../catalogue-shape';
import type { help as en } from '../en/help';

/** La pantalla de Ayuda y el teclado. */
export const help: CatalogueOf<typeof en> = {
  help: {
    title: 'Ayuda',
    contents: 'Contenido de la ayuda',
    keyboard: 'Teclado',
    kpisTitle: 'Los indicadores',
    kpisIntro:
      'Cada indicador es un solo cociente de sumas sobre los registros del cliente (o clientes) y del periodo en pantalla: primero los totales, luego una sola división, nunca un promedio de porcentajes. Un periodo sin registros muestra “Sin datos”, nunca 0. Cuando un dato no se capturó, FloorKPI lo completa con la primera regla de abajo que aplique y marca la tarjeta como “Estimado”, con el grado de confianza de la estimación; abra esa etiqueta para ver cuántos registros se completaron.',
    formula: 'Fórmula',
    inputs: 'Datos que usa',
    whenMissing: 'Cuando falta un dato',
    target: 'Meta',
    status:
      'Una tarjeta está en verde cuando alcanza o supera su meta, en ámbar cuando está a menos del 10 % de ella y en rojo más allá; el estado también se dice con palabras.',
    keysHeading: 'Teclas',
    doesHeading: 'Qué hacen',
    where: {
      anywhere: 'En cualquier pantalla',
      grids:
        'Tablas de captura (Mi turno, Producción, Paros, Asistencia, Calidad, Retenciones, Órdenes de trabajo)',
      dashboard: 'Tablero',
    },
    keys: {
      f1: 'F1',
      ctrlP: 'Ctrl+P',
      tab: 'Tab, Mayús+Tab',
      type: 'Escribir',
      enter: 'Enter',
      f2: 'F2',
      moveCells: 'Tab, Mayús+Tab, flechas',
      homeEnd: 'Inicio, Fin',
      esc: 'Esc',
      del: 'Supr',
      ctrlDel: 'Ctrl+Supr',
      ctrlEnter: 'Ctrl+Enter',
      copyPaste: 'Ctrl+C, Ctrl+V',
      upDown: 'Flecha arriba o abajo en una lista',
      enterCard: 'Enter sobre una tarjeta',
    },
    does: {
      f1: 'Abre esta Ayuda',
      ctrlP: 'Imprime la pantalla (cliente, periodo, turno, quién y cuándo en el encabezado)',
      tab: 'Pasa de un campo o botón a otro',
      type: 'Llena la celda donde está el cursor (en pantalla táctil, un toque la abre)',
      enter: 'Edita la celda; al editar, la deja y baja a la siguiente',
      f2: 'Edita la celda conservando su texto',
      moveCells: 'Pasa de una celda a otra; Tab sale de la tabla después de su última celda',
      homeEnd: 'Primera o última celda del renglón',
      esc: 'Cancela la edición',
      del: 'Vacía la celda',
      ctrlDel: 'Quita el registro (antes pregunta si ya estaba guardado)',
      ctrlEnter: 'Guarda todos los registros sin guardar',
      copyPaste: 'Copia una celda; pega un bloque copiado de Excel',
      upDown: 'Elige una opción; Enter o Tab la toma',
      enterCard: 'Abre su tendencia y su desglose',
      escCard: 'Regresa a las tarjetas',
    },
  },
};
