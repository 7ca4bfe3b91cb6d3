import { createContext, useContext } from 'react';
import type { MeQuery } from '../gql/graphql';
import { graphql } from '../gql';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      displayName
      email
      roles
      jobRole { id name }
      department { id name }
    }
    myNotifications(first: 1, unreadOnly: true) { totalCount }
  }
`);

export type Me = MeQuery['me'];

export const MeContext = createContext<Me | null>(null);

/** The signed-in person (inside the shell, always there). */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside the shell');
  return me;
}

export const isManager = (me: Me) => me.roles.includes('MANAGER') || me.roles.includes('HR_ADMIN');
