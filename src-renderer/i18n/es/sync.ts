import type { CatalogueOf } from '../catalogue-shape';
import type { sync as en } from '../en/sync';

/** La sincronización con el servidor de planta: combinar un conflicto, volver a inscribir el equipo. */
export const sync: CatalogueOf<typeof en> = {
  sync: {
    merge: {
      keep: 'Conservar',
      thisPc: 'Este equipo',
      hub: 'Servidor',
      fieldChoice: 'Qué {{field}} conservar',
      apply: 'Combinar los campos elegidos',
      summary: '{{local}} de este equipo, {{hub}} del servidor',
      onlyHub: 'Aquí solo puede conservarse la versión del servidor.',
    },
    enrolAgain: {
      button: 'Volver a inscribir',
      title: 'Volver a inscribir este equipo',
      hint: 'Tras reiniciar o restaurar el servidor, o si cambió su contraseña del servidor: este equipo entra como un equipo nuevo y vuelve a enviar sus registros (el servidor conserva lo que tiene; no se pierde nada).',
      needed: 'El servidor ya no reconoce este equipo: vuelva a inscribirlo.',
      cancel: 'Cancelar',
      done: 'Inscrito de nuevo en {{hubUrl}} y sincronizado.',
    },
  },
};
