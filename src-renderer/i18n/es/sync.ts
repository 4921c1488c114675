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
    failure: {
      connected: 'Conectado; la primera sincronización no terminó: {{reason}}',
      other: 'El servidor de planta respondió con un error: {{detail}}',
      join: {
        UNAUTHENTICATED: 'Usuario o contraseña incorrectos en el servidor de planta.',
        LOCKED:
          'Demasiadas contraseñas incorrectas: el usuario está bloqueado en el servidor por unos minutos.',
        FORBIDDEN:
          'Este usuario no puede conectar un equipo al servidor: pídalo a un líder o a un administrador.',
        USER_INACTIVE: 'Este usuario no está activo en el servidor.',
      },
      any: {
        UNREACHABLE: 'El servidor de planta no respondió: revise su dirección y la red.',
        UNAUTHENTICATED: 'El servidor no reconoce la inscripción de este equipo: vuelva a inscribirlo.',
        DEVICE_REVOKED:
          'Un administrador quitó este equipo del servidor: vuelva a inscribirlo para sincronizar.',
        DEVICE_DIVERGED:
          'El servidor ya no reconoce este equipo (se reinició o se restauró): vuelva a inscribirlo; no se pierde nada.',
        MUTATION_GAP:
          'El servidor ya no reconoce este equipo (se reinició o se restauró): vuelva a inscribirlo; no se pierde nada.',
        PROTOCOL_MISMATCH:
          'Este equipo y el servidor tienen versiones de FloorKPI que no pueden sincronizarse: actualice la más antigua.',
        SCHEMA_TOO_OLD:
          'El FloorKPI de este equipo es demasiado antiguo para el servidor: actualícelo; sus cambios sin enviar se conservan.',
        SCHEMA_TOO_NEW:
          'Este equipo tiene un FloorKPI más nuevo que el servidor: actualice primero el servidor.',
        USERNAME_CONFLICT:
          'Un usuario de este equipo tiene el mismo nombre que otro del servidor: resuélvalo en Conflictos; la sincronización espera hasta entonces.',
        NOT_ENROLLED: 'Este equipo no está conectado a un servidor de planta.',
        INTERNAL: 'El servidor de planta tuvo un error interno: intente más tarde; no se perdió nada.',
      },
    },
    refusal: {
      FORBIDDEN: 'El servidor lo rechazó: este equipo o su usuario no tienen permiso ({{detail}}).',
      VALIDATION: 'El servidor lo rechazó: un valor no es válido ({{detail}}).',
      REFERENCE: 'El servidor lo rechazó: falta en el servidor un registro al que se refiere ({{detail}}).',
      NOT_FOUND: 'El servidor no tiene este registro; quizá se rechazó su creación ({{detail}}).',
      UNKNOWN_USER: 'El servidor no conoce al usuario que lo registró ({{detail}}).',
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
