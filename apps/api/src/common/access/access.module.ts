import { Global, Module } from '@nestjs/common';
import { ScopeResolvers } from './scope-resolvers';

/** Tenancy: the registry that maps ids to the partnership and organisation they belong to. */
@Global()
@Module({ providers: [ScopeResolvers], exports: [ScopeResolvers] })
export class AccessModule {}
